// /brief: the reference facts of 2025-10-31 (data-sources.md §5.2), the same numbers as /sofr,
// /effr, /rrp, /tga and /nowcast for the same day, at most 8 summary lines, one chart, every language.
import { describe, expect, it } from 'vitest';
import { decodePng } from '../helpers/png.js';
import { answered, field, snapshotService } from './support.js';

const svc = snapshotService();
const ask = async (q: string, locale = 'en') => answered(await svc.askText(q, locale));

describe('/brief date:2025-10-31', () => {
  it('gives the reference facts with their day changes and corridor places, in at most 8 lines, with one 1200x675 chart', async () => {
    const a = await ask('/brief date:2025-10-31');
    expect(a.title).toBe('Morning brief Fri Oct 31, 2025: SOFR 4.22%, above the ceiling');
    expect(a.summary.length).toBeLessThanOrEqual(8);
    expect(a.summary[0]).toBe('SOFR 4.22% (Fri Oct 31, 2025), +18 bp d/d, above the ceiling.');
    expect(a.summary[1]).toMatch(/^EFFR 3\.86% \(Fri Oct 31, 2025\), -1 bp d\/d, \d+% of the way from floor to ceiling\.$/);
    expect(a.summary[2]).toBe('ON RRP $51.8B (Fri Oct 31, 2025), +$32.6B d/d, at the 3.75% floor.');
    expect(a.summary[4]).toBe('TGA $926.3B (Fri Oct 31, 2025), -$74.3B d/d.');
    expect(a.summary[3]).toMatch(/^SRF usage: The offline snapshot has no SRF usage for 2025-10-31/);
    const png = await decodePng(a.chart!.png);
    expect([png.width, png.height]).toEqual([1200, 675]);
    expect(a.asOf.map((x) => x.date)).toEqual(expect.arrayContaining(['2025-10-31', '2025-10-29']));
  });

  it('says what /sofr, /effr, /rrp, /tga and /nowcast say for the same day', async () => {
    const [b, sofr, effr, rrp, tga, nowcast] = await Promise.all(['/brief', '/sofr', '/effr', '/rrp', '/tga', '/nowcast'].map((c) => ask(`${c} date:2025-10-31`)));
    expect(field(b!, 'SOFR')).toContain(field(sofr!, 'SOFR').split(' ')[0]!);
    expect(field(b!, 'EFFR')).toContain(effr!.fields[0]!.value.split(' ')[0]!);
    expect(field(b!, 'ON RRP')).toContain(field(rrp!, 'ON RRP take-up').split(' ')[0]!);
    expect(field(b!, 'TGA')).toContain(tga!.fields[0]!.value.split(' ')[0]!);
    expect(field(b!, 'Reserves (nowcast)')).toBe(nowcast!.fields[0]!.value);
    // The day changes are /sofr's and /rrp's 1d changes.
    expect(field(sofr!, 'Change 1d / 1w / 1m')).toMatch(/^\+18 bp/);
    expect(field(rrp!, 'Change 1d / 1w / 1m')).toMatch(/^\+\$32\.6B/);
  });

  it('answers in Traditional and Simplified Chinese with the same numbers', async () => {
    const hant = await ask('/brief date:2025-10-31', 'zh-TW');
    const hans = await ask('/brief date:2025-10-31', 'zh-CN');
    expect(hant.title).toMatch(/^晨報 .*SOFR 4\.22%，高於上限$/);
    expect(hans.title).toMatch(/^晨报 .*SOFR 4\.22%，高于上限$/);
    // The same $51.8B, written the way each script's press writes amounts.
    expect(hant.summary[2]).toContain('518億美元');
    expect(hans.summary[2]).toContain('518亿美元');
  });

  it('with no date, on the snapshot (whose TGA ends months before its rates), still gives /nowcast\'s estimate', async () => {
    const [b, nowcast] = await Promise.all([ask('/brief'), ask('/nowcast')]);
    expect(field(b!, 'Reserves (nowcast)')).toBe(nowcast!.fields[0]!.value);
    expect(field(b!, 'Reserves (nowcast)')).toMatch(/^~\$\d/);
  });

  it('refuses a day in the future with one sentence', async () => {
    const r = await svc.askText('/brief date:2099-01-02');
    expect(r.ok).toBe(false);
  });
});
