// /explain: every topic answers with a short card that ends with its live number and that number's date.
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../commands/explain.js';
import { answered, snapshotService } from './support.js';

const svc = snapshotService();
const ENDS_DATED = /\((?:since |week to )?\d{4}-\d{2}-\d{2}\)\.$/;

describe('/explain', () => {
  for (const t of TOPICS) {
    it(`${t}: 3-5 sentences of card, then a dated live number`, async () => {
      const a = answered(await svc.askText(`/explain ${t}`));
      expect(a.title.length).toBeGreaterThan(10);
      const last = a.summary.at(-1)!;
      expect(last).toMatch(/^Now: /);
      expect(last).toMatch(ENDS_DATED);
      const card = a.summary.filter((s) => !s.startsWith('Now: ') && !s.startsWith('SRF usage: '));
      expect(card.length).toBeGreaterThanOrEqual(3);
      expect(card.length).toBeLessThanOrEqual(5);
      expect(a.fields).toHaveLength(1);
      expect(a.fields[0]!.value).toMatch(/\d{4}-\d{2}-\d{2}\)$/);
      for (const x of a.asOf) expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.chart).toBeUndefined();
    });
  }

  it('reads the live numbers through the normal data access (snapshot: SOFR 2026-07-30, reserves 2026-06-17, policy since 2025-12-11)', async () => {
    expect(answered(await svc.askText('/explain sofr')).summary.at(-1)).toBe('Now: SOFR 3.65% (2026-07-30).');
    expect(answered(await svc.askText('/explain topic:reserves')).summary.at(-1)).toBe('Now: reserves $3.03T (week to 2026-06-17).');
    expect(answered(await svc.askText('/explain iorb')).summary.at(-1)).toBe('Now: IORB 3.65% (since 2025-12-11).');
    expect(answered(await svc.askText('/explain corridor')).summary.at(-1)).toBe('Now: ON RRP 3.50% · IORB 3.65% · SRF 3.75% (since 2025-12-11).');
    expect(answered(await svc.askText('/explain onrrp')).summary.at(-1)).toBe('Now: ON RRP $2.2B (2026-07-31).');
    // The SRF usage is not in the snapshot: the card says so, then ends with the SRF rate.
    const srf = answered(await svc.askText('/explain SRF'));
    expect(srf.summary.at(-2)).toMatch(/^SRF usage: /);
    expect(srf.summary.at(-1)).toBe('Now: SRF rate 3.75% (since 2025-12-11).');
  });

  it('the 2019 card carries the reference facts', async () => {
    const a = answered(await svc.askText('/explain 2019'));
    const text = a.summary.join(' ');
    for (const s of ['5.25%', '2.30%', '2.00-2.25%', '$1.39T', '2019-09-17']) expect(text).toContain(s);
    expect(a.summary.at(-1)).toBe('Now: reserves $3.03T, against about $1.39T in September 2019 (week to 2026-06-17).');
  });

  it('an unknown or missing topic gets one sentence naming the choices', async () => {
    const bad = await svc.askText('/explain topic:libor');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.error).toMatch(/^topic:libor is not one of sofr, effr, [^.]*\.$/);
    const none = await svc.askText('/explain');
    expect(none.ok ? '' : none.error).toMatch(/^\/explain needs topic: one of sofr, effr/);
  });
});
