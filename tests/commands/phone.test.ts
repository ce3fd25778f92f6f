// Issue 11, "phone first": a chart is read at about 400 px wide, a third of its 1200 px canvas. Its
// axis labels and footer must be legible there: at least 6 px tall once scaled to 400 px (the letters
// of 9 px type), where the 13-15 px text of the first charts came to 4-5 px. Every command's chart,
// through the answer service on the snapshot, in both themes.
import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../src/charts/render.js';
import type { Theme } from '../../src/charts/spec.js';
import { decodePng, textHeight } from '../helpers/png.js';
import { chartOf } from './support.js';

const PHONE = 400;
/** Smallest letter height at phone width, in phone px. */
const MIN_AT_PHONE = 6;

// The example (/sofr) and every other command with a chart, with a long and a short window.
const QUESTIONS = [
  '/sofr date:2025-10-31 range:6m',
  '/sofr range:max',
  '/effr',
  '/corridor',
  '/rrp',
  '/srf date:2025-10-31',
  '/tga',
  '/reserves range:5y',
  '/nowcast',
  '/balance range:max',
  '/netliq',
  '/spreads',
  '/yields',
  '/stress date:2025-10-31',
  '/compare date:2019-09-17',
  '/export reserves',
];

describe.each(['light', 'dark'] as Theme[])('every chart reads at %s on a 400 px wide phone', (theme) => {
  it.each(QUESTIONS)('%s: axis labels and footer at least 6 px tall at 400 px', async (q) => {
    const { spec, png } = await chartOf(q, theme);
    const img = await decodePng(png);
    const scale = PHONE / img.width;
    const atPhone = (px: number) => px * scale;
    // The footer: the bottom right strip, under everything else.
    const footer = textHeight(img, { x: img.width / 2, y: img.height - 80, w: img.width / 2 - 10, h: 78 }, theme);
    expect(atPhone(footer), 'footer').toBeGreaterThanOrEqual(MIN_AT_PHONE);
    if (spec.panels?.length) {
      // Panels: the y labels down the left edge of the stacked panels.
      const y = textHeight(img, { x: 20, y: 160, w: 110, h: img.height - 260 }, theme);
      expect(atPhone(y), 'panel y labels').toBeGreaterThanOrEqual(MIN_AT_PHONE);
      return;
    }
    const g = chartGeometry(spec, theme);
    const xTicks = textHeight(img, { x: g.area.left, y: g.area.bottom + 3, w: g.area.right - g.area.left, h: 45 }, theme);
    const yTicks = textHeight(img, { x: 0, y: g.area.top, w: g.area.left - 6, h: g.area.bottom - g.area.top }, theme);
    expect(atPhone(xTicks), 'x labels').toBeGreaterThanOrEqual(MIN_AT_PHONE);
    expect(atPhone(yTicks), 'y labels').toBeGreaterThanOrEqual(MIN_AT_PHONE);
  });
});
