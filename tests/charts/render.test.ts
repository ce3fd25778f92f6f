import { beforeAll, describe, expect, it } from 'vitest';
import { chartGeometry, renderChart } from '../../src/charts/render.js';
import type { ChartSpec, Theme } from '../../src/charts/spec.js';
import { palette } from '../../src/charts/theme.js';
import { countNear, decodePng, hasPngSignature, hasText, hex, pixel, type Decoded, type Rect, type Rgb } from '../helpers/png.js';
import { businessDays, netLiquiditySpec, reservesSpec, sofrCorridorSpec, srfBarsSpec } from './fixtures.js';

const THEMES: Theme[] = ['light', 'dark'];
// Inside the plot area of every fixture chart (chartGeometry: x 125-1054, y 224-571 with TYPE sizes).
const PLOT: Rect = { x: 130, y: 226, w: 920, h: 342 };
const TITLE: Rect = { x: 0, y: 0, w: 600, h: 50 };
const FOOTER: Rect = { x: 700, y: 645, w: 500, h: 30 };
const MAIN = '#0072B2';
const IORB = '#009E73';
const VERMILION = '#D55E00';

/** An rgba() fill as it looks over an opaque background. */
function blend(rgba: string, background: string): Rgb {
  const m = /rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)/.exec(rgba);
  if (!m) throw new Error(`not rgba(): ${rgba}`);
  const a = Number(m[4]);
  const bg = hex(background);
  return [1, 2, 3].map((i, k) => Math.round(Number(m[i]) * a + bg[k]! * (1 - a))) as Rgb;
}

type Rendered = { bytes: Uint8Array; img: Decoded };
const kinds: Record<string, () => ChartSpec> = {
  sofr: () => sofrCorridorSpec(),
  srf: srfBarsSpec,
  reserves: reservesSpec,
  netliq: netLiquiditySpec,
};
const out = new Map<string, Rendered>();
const get = (kind: string, theme: Theme) => {
  const r = out.get(`${kind}-${theme}`);
  if (!r) throw new Error(`not rendered: ${kind}-${theme}`);
  return r;
};

beforeAll(async () => {
  for (const [kind, make] of Object.entries(kinds)) {
    for (const theme of THEMES) {
      const bytes = await renderChart(make(), theme);
      out.set(`${kind}-${theme}`, { bytes, img: await decodePng(bytes) });
    }
  }
});

describe.each(THEMES)('renderChart, %s theme', (theme) => {
  const p = palette(theme);

  it.each(Object.keys(kinds))('%s: a 1200x675 PNG on the theme background, with data, title and footer', (kind) => {
    const { bytes, img } = get(kind, theme);
    expect(hasPngSignature(bytes)).toBe(true);
    expect([img.width, img.height]).toEqual([1200, 675]);
    expect(pixel(img, 2, 2)).toEqual(hex(p.background));
    expect(pixel(img, 1197, 672)).toEqual(hex(p.background));
    expect(countNear(img, MAIN, PLOT, 6)).toBeGreaterThan(300);
    expect(hasText(img, TITLE, theme)).toBe(true);
    expect(hasText(img, FOOTER, theme)).toBe(true);
  });

  it('SOFR corridor: grey corridor, green IORB, percentile band and a dotted event marker', () => {
    const { img } = get('sofr', theme);
    expect(countNear(img, p.bands.corridor.fill, PLOT, 4)).toBeGreaterThan(5_000);
    expect(countNear(img, IORB, PLOT, 6)).toBeGreaterThan(300);
    expect(countNear(img, blend(p.bands.percentile.fill, p.bands.corridor.fill), PLOT, 6)).toBeGreaterThan(2_000);
    expect(countNear(img, p.event, PLOT, 6)).toBeGreaterThan(100);
  });

  it('charts without a corridor or IORB have none of their colours (the checks above can fail)', () => {
    const { img } = get('reserves', theme);
    expect(countNear(img, p.bands.corridor.fill, PLOT, 4)).toBeLessThan(50);
    expect(countNear(img, IORB, PLOT, 6)).toBe(0);
    expect(countNear(img, p.event, PLOT, 6)).toBeLessThan(50);
  });

  it('reserves: light vermilion threshold band with dashed vermilion walls', () => {
    const { img } = get('reserves', theme);
    expect(countNear(img, blend(p.bands.threshold.fill, p.background), PLOT, 6)).toBeGreaterThan(20_000);
    expect(countNear(img, VERMILION, PLOT, 10)).toBeGreaterThan(500);
  });

  it('SRF: bars in their role colour next to the ON RRP line', () => {
    const { img } = get('srf', theme);
    expect(countNear(img, VERMILION, PLOT, 6)).toBeGreaterThan(200);
  });

  it('net liquidity: all four lines are drawn', () => {
    const { img } = get('netliq', theme);
    // The axis fits the data, so the top line runs close under the plot's top: look at the whole plot.
    const { area } = chartGeometry(netLiquiditySpec(), theme);
    const plot = { x: Math.ceil(area.left) + 2, y: Math.ceil(area.top), w: Math.floor(area.right - area.left) - 4, h: Math.floor(area.bottom - area.top) - 2 };
    for (const colour of [MAIN, '#E69F00', '#CC79A7', '#56B4E9']) {
      expect(countNear(img, colour, plot, 8), colour).toBeGreaterThan(200);
    }
  });
});

describe('renderChart, across themes and edge cases', () => {
  it('light and dark differ', () => {
    const light = get('sofr', 'light');
    const dark = get('sofr', 'dark');
    expect(Buffer.from(light.bytes).equals(Buffer.from(dark.bytes))).toBe(false);
    expect(pixel(light.img, 2, 2)).toEqual([255, 255, 255]);
    expect(pixel(dark.img, 2, 2)).toEqual(hex('#2B2D31'));
  });

  it('throws instead of drawing an empty frame', async () => {
    const spec = sofrCorridorSpec();
    const empty: ChartSpec = { ...spec, lines: spec.lines.map((l) => ({ ...l, points: [] })) };
    await expect(renderChart(empty, 'light')).rejects.toThrow(/no data points/);
    await expect(renderChart({ ...spec, lines: [] }, 'dark')).rejects.toThrow(/no data points/);
    const nan: ChartSpec = { ...spec, lines: [{ label: 'SOFR', role: 'main', points: [{ date: '2025-10-31', value: NaN }] }] };
    await expect(renderChart(nan, 'light')).rejects.toThrow(/no data points/);
  });

  it('still renders after a failed render (the shared canvas is released)', async () => {
    await expect(renderChart({ ...sofrCorridorSpec(), lines: [] }, 'light')).rejects.toThrow();
    const img = await decodePng(await renderChart(reservesSpec(), 'light'));
    expect(countNear(img, MAIN, PLOT, 6)).toBeGreaterThan(300);
  });

  it('leaves a hole where data is missing instead of bridging it', async () => {
    // Jan-Feb and May-Jun: the line must not cross the March-April hole in the middle of the plot.
    const points = businessDays('2025-01-01', '2025-06-30')
      .filter((d) => d < '2025-03-01' || d >= '2025-05-01')
      .map((date, i) => ({ date, value: 4 + (i % 7) * 0.05 }));
    const spec: ChartSpec = {
      ...sofrCorridorSpec(),
      lines: [{ label: 'SOFR', role: 'main', points }],
      bands: [],
      events: [],
    };
    const img = await decodePng(await renderChart(spec, 'light'));
    const left = countNear(img, MAIN, { x: 150, y: PLOT.y, w: 150, h: PLOT.h }, 6);
    const middle = countNear(img, MAIN, { x: 560, y: PLOT.y, w: 120, h: PLOT.h }, 6);
    expect(left).toBeGreaterThan(300);
    expect(middle).toBe(0);
  });

  it('renders concurrent requests correctly', async () => {
    const [a, b] = await Promise.all([renderChart(reservesSpec(), 'light'), renderChart(reservesSpec(), 'dark')]);
    expect(pixel(await decodePng(a), 2, 2)).toEqual([255, 255, 255]);
    expect(pixel(await decodePng(b), 2, 2)).toEqual(hex('#2B2D31'));
  });
});

describe('renderChart, sparse data', () => {
  it('shows a single observation as a dot, not an empty frame', async () => {
    const spec: ChartSpec = {
      ...sofrCorridorSpec(),
      bands: [],
      events: [],
      lines: [{ label: 'SOFR', role: 'main', points: [{ date: '2025-10-31', value: 4.22 }] }],
    };
    const img = await decodePng(await renderChart(spec, 'light'));
    expect(countNear(img, MAIN, PLOT, 6)).toBeGreaterThan(20);
  });
});
