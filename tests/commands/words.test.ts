// Issue 11, "words that match the numbers": a direction word (rose, fell, above, under, higher,
// lower) never disagrees with the number beside it, and a number that rounds to zero gets no
// direction at all. Through the answer service on the snapshot, over many historical days.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/types.js';
import { answered, field, snapshotService } from './support.js';

const svc = snapshotService();
const text = (a: Answer) => [a.title, ...a.summary, ...a.fields.map((f) => `${f.label}: ${f.value}`)].join('\n');

/** Business days of a month (Mon-Fri), as ISO dates. */
function weekdays(month: string): string[] {
  const out: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const iso = `${month}-${String(d).padStart(2, '0')}`;
    const t = new Date(`${iso}T12:00:00Z`);
    if (t.toISOString().slice(0, 10) !== iso) break;
    if (t.getUTCDay() !== 0 && t.getUTCDay() !== 6) out.push(iso);
  }
  return out;
}

describe('/nowcast: the TGA and ON RRP are compared with their week average, and say so', () => {
  // The example: the newest day, where the TGA's daily close fell on the day; and two
  // historical days.
  it.each(['/nowcast', '/nowcast date:2025-10-31', '/nowcast date:2024-04-19'])('%s', async (q) => {
    const a = answered(await svc.askText(q));
    const s = a.summary.find((x) => /TGA/.test(x) && /ON RRP/.test(x) && !/^ESTIMATE/.test(x));
    expect(s, a.summary.join('\n')).toBeDefined();
    // Never "rose"/"fell" (a move in time) for what is a level against an average.
    expect(s).not.toMatch(/\b(rose|fell)\b/);
    expect(s).toMatch(/average/);
    // "higher" means more cash in the TGA than its week average: a negative contribution to reserves.
    const tga = field(a, 'TGA contribution');
    const m = /the TGA's close on .+? was (higher|lower|level)/.exec(s!);
    expect(m, s).not.toBeNull();
    if (m![1] === 'higher') expect(tga).toMatch(/^-\$/);
    if (m![1] === 'lower') expect(tga).toMatch(/^\+\$/);
    const rrp = field(a, 'ON RRP contribution');
    const r = /ON RRP (higher|lower|level)/.exec(s!);
    expect(r, s).not.toBeNull();
    if (r![1] === 'higher') expect(rrp).toMatch(/^-\$/);
    if (r![1] === 'lower') expect(rrp).toMatch(/^\+\$/);
  });
});

describe('no direction word on a number that rounds to zero', () => {
  // Months with days where SOFR sat at IORB, EFFR at IORB, or SOFR at the ON RRP rate or the SRF rate.
  const cases = [
    ...weekdays('2026-03').map((d) => `/effr date:${d}`),
    ...weekdays('2026-03').map((d) => `/spreads date:${d}`),
    ...weekdays('2021-09').map((d) => `/spreads date:${d}`),
    ...weekdays('2025-10').map((d) => `/srf date:${d}`),
    ...weekdays('2026-02').map((d) => `/yields date:${d}`),
  ];
  it(`${cases.length} answers: never "0 bp above/under/over/below"`, async () => {
    const bad: string[] = [];
    for (const q of cases) {
      const r = await svc.askText(q);
      if (!r.ok) continue;
      const t = text(r.answer);
      const hit = /\b0 bp (above|below|under|over)\b/.exec(t);
      if (hit) bad.push(`${q}: ${t.split('\n').find((l) => l.includes(hit[0]))}`);
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
