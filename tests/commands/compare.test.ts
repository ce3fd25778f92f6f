// /compare on the offline snapshot: the September 2019 spike against the newest data (and against
// 2025-10-31 when "today" is that day), and the aligned SOFR chart checked in its pixels.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { countNear, decodePng, hasPngSignature } from '../helpers/png.js';
import { answered, field, snapshotService } from './support.js';

const svc = snapshotService();
// "Today" is Fri 2025-10-31, 4 pm ET: the 2025 side of the comparison comes from the snapshot.
const oct2025 = new AnswerService({ commands, reader: createSnapshotReader(), render: renderChart, theme: 'dark', now: () => new Date('2025-10-31T20:00:00Z') });

describe('/compare', () => {
  it('by default compares with 2019-09-17: SOFR 5.25%, and the H.4.1 week published by then (to 2019-09-11)', async () => {
    const a = answered(await svc.askText('/compare'));
    expect(field(a, 'SOFR')).toMatch(/^5\.25% \(2019-09-17\) \| now /);
    expect(field(a, 'Highest SOFR ±2 weeks')).toMatch(/^5\.25% \(2019-09-17\) \| now /);
    expect(field(a, 'Reserves (week avg)')).toMatch(/^\$1\.46T \(week to 2019-09-11\) \| now \$\d\.\d\dT \(week to 2026-/);
    expect(field(a, 'SOFR - IOER/IORB')).toMatch(/^\+315 bp vs IOER 2\.10% \(2019-09-17\)/);
    // The daily DTS starts in 2021: the 2019 TGA is the H.4.1 week average, and the answer says so.
    expect(field(a, 'TGA')).toMatch(/^\$185\.3B \(week avg to 2019-09-11\)/);
    expect(a.summary).toContain('The daily TGA does not reach back that far: the week average is shown.');
    expect(field(a, 'Fed assets (Wednesday)')).toMatch(/^\$3\.77T \(week to 2019-09-11\)/);
  });

  it('the 2025 side comes from the snapshot: SOFR 4.22% on 2025-10-31, reserves $2.85T, ON RRP $51.8B, TGA $926.3B', async () => {
    const a = answered(await oct2025.askText('/compare'));
    expect(field(a, 'SOFR')).toBe('5.25% (2019-09-17) | now 4.22% (2025-10-31)');
    // The window's high came before the Oct 29 cut took effect.
    expect(field(a, 'Highest SOFR ±2 weeks')).toBe('5.25% (2019-09-17) | now 4.31% (2025-10-28)');
    expect(field(a, 'SOFR - IOER/IORB')).toBe('+315 bp vs IOER 2.10% (2019-09-17) | now +32 bp vs IORB 3.90% (2025-10-31)');
    expect(field(a, 'Reserves (week avg)')).toBe('$1.46T (week to 2019-09-11) | now $2.85T (week to 2025-10-29)');
    expect(field(a, 'ON RRP take-up')).toMatch(/\| now \$51\.8B \(2025-10-31\)$/);
    expect(field(a, 'TGA')).toMatch(/\| now \$926\.3B \(2025-10-31\)$/);
    expect(a.title).toBe('Now vs 2019-09-17: SOFR high 4.31% vs 5.25%, reserves $2.85T vs $1.46T');
  });

  it('date:YYYY-MM-DD compares with that day instead', async () => {
    const a = answered(await oct2025.askText('/compare date:2022-06-01'));
    expect(field(a, 'Reserves (week avg)')).toMatch(/^\$3\.31T \(week to 2022-05-25\) \| now \$2\.85T/);
    expect(a.summary).not.toContain('The daily TGA does not reach back that far: the week average is shown.');
  });

  it('refuses a day within two weeks of the newest data, saying what to type', async () => {
    const r = await oct2025.askText('/compare date:2025-10-25');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Try \/compare date:2019-09-17\.$/);
  });

  it('the chart draws both windows aligned on the anchor day, and the alt text says the older one is shifted', async () => {
    const a = answered(await oct2025.askText('/compare'));
    const png = a.chart!.png;
    expect(hasPngSignature(png)).toBe(true);
    const img = await decodePng(png);
    expect([img.width, img.height]).toEqual([1200, 675]);
    const plot = { x: 80, y: 120, w: 1000, h: 470 };
    expect(countNear(img, '#0072B2', plot, 12)).toBeGreaterThan(150);
    expect(countNear(img, '#E69F00', plot, 12)).toBeGreaterThan(150);
    expect(a.chart!.alt).toContain('shifted');
  });
});
