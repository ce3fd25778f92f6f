// Issue 11, "shorter answers": on a phone the reader wants the level, the day change and the corridor
// position first, in three lines (the title and the first two summary lines), and "not in the offline
// snapshot" said once, not three times. Through the answer service on the snapshot.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/types.js';
import { answered, snapshotService } from './support.js';

const svc = snapshotService();
const all = (a: Answer) => [a.stale ?? '', a.title, ...a.summary, ...a.fields.map((f) => `${f.label}: ${f.value}`), a.nextRelease ?? ''].join('\n');

describe('level, day change and corridor position in the first three lines', () => {
  it.each([
    '/sofr', // the example
    '/sofr date:2019-09-17',
    '/effr date:2025-10-31',
    '/effr date:2022-03-17',
    '/corridor date:2025-10-31',
  ])('%s', async (q) => {
    const a = answered(await svc.askText(q));
    const first = [a.title, a.summary[0] ?? '', a.summary[1] ?? ''].join('\n');
    expect(first, first).toMatch(/\d\.\d\d%/); // the level
    expect(first, first).toMatch(/\b(up|down) \d+ bp\b|\bunchanged\b|[+-]\d+ bp\b/); // the day change
    expect(first, first).toMatch(/\b(IORB|IOER|floor|ceiling|corridor|target range|SRF rate)\b/); // where in the corridor
  });
});

describe('"offline snapshot" said once', () => {
  // The example (/sofr: a summary line, two fields and the next-release line said it) and
  // other answers with data the snapshot lacks, asked about now (with the first-line age note) and
  // about a past day (without it).
  // (/srf asked about now still says it twice: the reader's 'missing' text, src/sources, and the first line.)
  it.each(['/sofr', '/sofr date:2025-10-31', '/srf date:2025-10-31', '/stress date:2025-10-31', '/effr', '/reserves date:2025-10-29'])(
    '%s',
    async (q) => {
      const a = answered(await svc.askText(q));
      const n = (all(a).match(/offline snapshot/gi) ?? []).length;
      expect(n, all(a)).toBeLessThanOrEqual(1);
    },
  );
});
