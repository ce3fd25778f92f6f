// Rate changes land on their effective day: the corridor and IORB steps of the real /sofr answer,
// looked at in the rendered pixels where the chart's own layout puts 2025-10-29 and 2025-10-30.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { chartGeometry, renderChart, type ChartGeometry } from '../../src/charts/render.js';
import type { ChartSpec, Theme } from '../../src/charts/spec.js';
import { palette } from '../../src/charts/theme.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { decodePng, hex, type Decoded, type Rgb } from '../helpers/png.js';
import { NOW } from '../commands/support.js';

const THEME: Theme = 'dark';
const FILL = hex(palette(THEME).bands.corridor.fill);

const near = (a: Rgb, b: Rgb, tol = 4) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);
function rgbAt(img: Decoded, x: number, y: number): Rgb {
  const i = (Math.round(y) * img.width + Math.round(x)) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
}
/** Share of the pixels in a small column around (x, y0..y1) that show the corridor fill. */
function fillShare(img: Decoded, x: number, y0: number, y1: number): number {
  let hits = 0;
  let all = 0;
  for (let y = Math.ceil(Math.min(y0, y1)); y <= Math.floor(Math.max(y0, y1)); y++) {
    for (const dx of [-2, 0, 2]) {
      all++;
      if (near(rgbAt(img, x + dx, y), FILL)) hits++;
    }
  }
  return hits / all;
}

async function sofrChart(question: string): Promise<{ spec: ChartSpec; img: Decoded; geo: ChartGeometry }> {
  let spec: ChartSpec | undefined;
  const service = new AnswerService({
    commands,
    reader: createSnapshotReader(),
    render: (s, theme) => {
      spec = s;
      return renderChart(s, theme);
    },
    theme: THEME,
    now: () => NOW,
  });
  const r = await service.askText(question);
  if (!r.ok || !r.answer.chart || !spec) throw new Error(`no chart for ${question}: ${r.ok ? 'none' : r.error}`);
  return { spec, img: await decodePng(r.answer.chart.png), geo: chartGeometry(spec, THEME) };
}

describe('step lines and bands jump on the effective day', () => {
  it('/sofr date:2025-10-31 range:1m: the 4.00-4.25 corridor holds through 2025-10-29 and drops to 3.75-4.00 on 2025-10-30', async () => {
    const { spec, img, geo } = await sofrChart('/sofr date:2025-10-31 range:1m');
    // The spec says so: old ceiling on the 29th, new one on the 30th (the reviewer's premise).
    const upper = spec.bands?.find((b) => b.role === 'corridor')?.upper ?? [];
    expect(upper.find((p) => p.date === '2025-10-29')?.value).toBe(4.25);
    expect(upper.find((p) => p.date === '2025-10-30')?.value).toBe(4.0);

    const x29 = geo.x('2025-10-29');
    const x30 = geo.x('2025-10-30');
    const x31 = geo.x('2025-10-31');
    expect(x30 - x29).toBeGreaterThan(20); // a day is wide enough to look between the two
    const between = (x29 + x30) / 2; // still 2025-10-29's rates
    const after = (x30 + x31) / 2; // the new rates
    // Inside the old corridor but above the new ceiling (4.05-4.10, clear of the IORB line at 4.15).
    const oldOnly = [geo.y(4.1), geo.y(4.05)] as const;
    // Inside the new corridor, below the old floor (3.80-3.85, clear of IORB at 3.90).
    const newOnly = [geo.y(3.85), geo.y(3.8)] as const;
    // SOFR's line crosses this column (4.27 on the 29th to 4.04 on the 30th), so a share, not all.
    expect(fillShare(img, between, ...oldOnly)).toBeGreaterThan(0.6);
    expect(fillShare(img, between, ...newOnly)).toBeLessThan(0.1);
    expect(fillShare(img, after, ...newOnly)).toBeGreaterThan(0.6);
    expect(fillShare(img, after, ...oldOnly)).toBeLessThan(0.1);
    // Before the decision, the old corridor is filled too (the fill follows the reversed lower wall).
    const x27 = geo.x('2025-10-27');
    expect(fillShare(img, (x27 + x29) / 2, ...oldOnly)).toBeGreaterThan(0.6);
  });

  it('an IORB step line holds its old value up to the day before the change', async () => {
    const { spec, img, geo } = await sofrChart('/sofr date:2025-10-31 range:1m');
    const iorb = spec.lines.find((l) => l.role === 'iorb');
    expect(iorb?.step).toBe(true);
    const colour = hex('#009E73');
    // A quarter of the way: SOFR's falling line crosses 4.15 near the middle and would hide IORB there.
    const between = geo.x('2025-10-29') + 0.25 * (geo.x('2025-10-30') - geo.x('2025-10-29'));
    const hitsAt = (value: number) => {
      let n = 0;
      for (let y = Math.round(geo.y(value)) - 3; y <= Math.round(geo.y(value)) + 3; y++) if (near(rgbAt(img, between, y), colour, 12)) n++;
      return n;
    };
    expect(hitsAt(4.15)).toBeGreaterThan(0);
    expect(hitsAt(3.9)).toBe(0);
  });

  it('a step line whose first point is weeks before the next shows no dot there (it is joined, not isolated)', () => {
    return (async () => {
      const spec: ChartSpec = {
        name: 'steps',
        title: 'IORB',
        subtitle: '',
        footer: '',
        yTitle: 'percent',
        yFormat: 'percent',
        beginAtZero: false,
        alt: '',
        lines: [
          { label: 'SOFR', role: 'main', points: [{ date: '2025-10-01', value: 4.3 }, { date: '2025-10-31', value: 4.2 }] },
          {
            label: 'IORB',
            role: 'iorb',
            step: true,
            points: [
              { date: '2025-10-01', value: 4.15 },
              { date: '2025-10-29', value: 4.15 },
              { date: '2025-10-30', value: 3.9 },
              { date: '2025-10-31', value: 3.9 },
            ],
          },
        ],
      };
      const geo = chartGeometry(spec, THEME);
      const img = await decodePng(await renderChart(spec, THEME));
      // A 5 px dot centred on the first point would colour pixels 3-4 px above the 2.5 px line.
      const x = geo.area.left + 2;
      const y = geo.y(4.15);
      const green = hex('#009E73');
      expect(near(rgbAt(img, x, y), green, 30)).toBe(true);
      expect(near(rgbAt(img, x, y - 4), green, 60)).toBe(false);
      expect(near(rgbAt(img, x, y + 4), green, 60)).toBe(false);
    })();
  });
});
