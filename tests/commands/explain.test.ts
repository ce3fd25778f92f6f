// /explain: every topic answers with a short card that ends with its live number and that number's date.
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../commands/explain.js';
import { answered, snapshotService } from './support.js';
import { newestInSnapshot } from '../helpers/snapshotFacts.js';

const svc = snapshotService();
// Ends with its date; walls past what official series confirm also say how far they are confirmed.
const ENDS_DATED = /\((?:since |week to )?\d{4}-\d{2}-\d{2}(?:; confirmed by official series only through \d{4}-\d{2}-\d{2})?\)\.$/;

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

  it('reads the live numbers through the normal data access (the newest SOFR and reserves in the snapshot)', async () => {
    const sofr = newestInSnapshot('SOFR');
    const reserves = newestInSnapshot('RESERVES');
    expect(answered(await svc.askText('/explain sofr')).summary.at(-1)).toBe(`Now: SOFR ${sofr.value.toFixed(2)}% (${sofr.date}).`);
    expect(answered(await svc.askText('/explain topic:reserves')).summary.at(-1)).toBe(`Now: reserves $${(reserves.value / 1e12).toFixed(2)}T (week to ${reserves.date}).`);
    // The table's last row: 2026-09-17, read off the NY Fed operation results (IORB derived from the walls).
    expect(answered(await svc.askText('/explain iorb')).summary.at(-1)).toBe('Now: IORB 3.90% (since 2026-09-17; confirmed by official series only through 2026-09-30).');
    expect(answered(await svc.askText('/explain corridor')).summary.at(-1)).toBe('Now: ON RRP 3.75% · IORB 3.90% · SRF 4.00% (since 2026-09-17; confirmed by official series only through 2026-09-30).');
    const rrp = newestInSnapshot('RRP_VOLUME');
    expect(answered(await svc.askText('/explain onrrp')).summary.at(-1)).toBe(`Now: ON RRP $${(rrp.value / 1e9).toFixed(1)}B (${rrp.date}).`);
    // SRF usage is in the snapshot now: the card ends with the SRF rate and the newest usage it holds.
    const srf = answered(await svc.askText('/explain SRF'));
    const usage = newestInSnapshot('SRF_VOLUME');
    expect(srf.summary.at(-2)).toBe('Now: SRF rate 4.00% (since 2026-09-17; confirmed by official series only through 2026-09-30).');
    expect(srf.summary.at(-1)).toBe(`Now: SRF usage $${(usage.value / 1e9).toFixed(1)}B (${usage.date}).`);
  });

  it('the 2019 card carries the reference facts', async () => {
    const a = answered(await svc.askText('/explain 2019'));
    const text = a.summary.join(' ');
    for (const s of ['5.25%', '2.30%', '2.00-2.25%', '$1.39T', '2019-09-17']) expect(text).toContain(s);
    const reserves = newestInSnapshot('RESERVES');
    expect(a.summary.at(-1)).toBe(`Now: reserves $${(reserves.value / 1e12).toFixed(2)}T, against about $1.39T in September 2019 (week to ${reserves.date}).`);
  });

  it('an unknown or missing topic gets one sentence naming the choices', async () => {
    const bad = await svc.askText('/explain topic:libor');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.error).toMatch(/^topic:libor is not one of sofr, effr, [^.]*\.$/);
    const none = await svc.askText('/explain');
    expect(none.ok ? '' : none.error).toMatch(/^\/explain needs topic: one of sofr, effr/);
  });
});
