// /stress on the offline snapshot: the reference days of issue 5 and a checked small-multiples chart.
import { describe, expect, it } from 'vitest';
import { PANEL_HEIGHT, panelsHeight } from '../../src/charts/panels.js';
import { countNear, decodePng, hasPngSignature } from '../helpers/png.js';
import { answered, field, snapshotService } from './support.js';

const svc = snapshotService();
const MAIN = '#0072B2';
const THRESHOLD = '#D55E00';

describe('/stress', () => {
  it('on 2025-10-31 shows SOFR above the SRF rate (4.22% vs 4.00%) and the SOFR-ON RRP spread in red', async () => {
    const a = answered(await svc.askText('/stress date:2025-10-31'));
    expect(field(a, 'SOFR - SRF rate')).toMatch(/^🔴 stress · \+22 bp .* · 2025-10-31$/);
    expect(a.summary.join(' ')).toContain('SOFR printed 4.22% on Fri Oct 31, 2025, above the 4.00% SRF rate');
    expect(field(a, 'SOFR - ON RRP rate')).toMatch(/^🔴 stress · \+47 bp \(.*20 bp\) · 2025-10-31$/);
    expect(field(a, 'Reserves')).toMatch(/^🟡 watch · \$2\.85T .* · 2025-10-29$/);
    expect(field(a, 'Overall (hysteresis)')).toMatch(/^stress 🔴/);
    expect(a.title).toMatch(/^Funding stress: stress 🔴/);
  });

  it('says SRF usage is unknown in the snapshot instead of guessing it', async () => {
    const a = answered(await svc.askText('/stress date:2025-10-31'));
    expect(field(a, 'SRF usage')).toBe('unknown · no SRF usage data in the offline snapshot: not guessed');
    expect(a.summary.join(' ')).toContain('Unknown, not guessed: SRF usage.');
  });

  it('marks the TGA target as the Treasury refunding assumption', async () => {
    const a = answered(await svc.askText('/stress date:2025-10-31'));
    expect(field(a, 'TGA vs cash target')).toMatch(/^🟡 watch · \$926\.3B \(watch over \$850\.0B \(assumed target\)/);
    expect(field(a, 'Assumption')).toContain("$850.0B, the Treasury's quarterly refunding");
  });

  it('on 2024-06-05, a calm day, shows green overall and on every known signal', async () => {
    const a = answered(await svc.askText('/stress date:2024-06-05'));
    // SRF usage is known that day (the NY Fed's 2024 operation results in the snapshot): three acute signals.
    expect(a.title).toMatch(/^Funding stress: calm 🟢, 0 of 3 signals red/);
    expect(field(a, 'Overall (hysteresis)')).toMatch(/^calm 🟢/);
    for (const label of ['Reserves', 'SOFR - ON RRP rate', 'SRF usage', 'SOFR - SRF rate', 'ON RRP buffer', 'TGA vs cash target']) {
      expect(field(a, label)).toMatch(/^🟢 calm · .* · 2024-0[56]-\d\d$/);
    }
  });

  it('the chart is small multiples with the data and each threshold drawn', async () => {
    const a = answered(await svc.askText('/stress date:2025-10-31'));
    const png = a.chart!.png;
    expect(hasPngSignature(png)).toBe(true);
    const img = await decodePng(png);
    // One column of 5 panels (phone first), each PANEL_HEIGHT tall: the canvas is as tall as they need.
    expect(img.width).toBe(1200);
    expect(img.height).toBe(panelsHeight(5));
    // The first and the last panel: data in blue and a dashed vermilion threshold.
    for (const r of [panelRect(0), panelRect(4)]) {
      expect(countNear(img, MAIN, r, 12)).toBeGreaterThan(100);
      expect(countNear(img, THRESHOLD, r, 12)).toBeGreaterThan(60);
    }
    expect(a.chart!.alt).toContain('5 panels');
  });
});

/** Panel i of a /stress chart, below the title and subtitle (about 150 px), inside its frame. */
const panelRect = (i: number) => ({ x: 30, y: 150 + i * (PANEL_HEIGHT + 16) + 40, w: 1140, h: PANEL_HEIGHT - 60 });

describe('/stress panels draw what is judged', () => {
  it('each panel has both its watch line (amber) and its stress line (vermilion)', async () => {
    const a = answered(await svc.askText('/stress date:2025-10-31'));
    const img = await decodePng(a.chart!.png);
    for (let i = 0; i < 5; i++) {
      expect(countNear(img, '#E69F00', panelRect(i), 12), `panel ${i}`).toBeGreaterThan(60);
      expect(countNear(img, THRESHOLD, panelRect(i), 12), `panel ${i}`).toBeGreaterThan(60);
    }
  });
});
