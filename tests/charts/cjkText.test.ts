// Chinese chart text wraps between characters (it has no spaces), never inside a Latin word or a
// number, and a long Chinese title drawn on a real chart takes two lines inside the image instead of
// one line cut short.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ensureFonts, FONT_FAMILY } from '../../src/charts/fonts.js';
import { CHART_WIDTH, chartGeometry, renderChart } from '../../src/charts/render.js';
import { breaksBetween, fitLines } from '../../src/charts/text.js';
import { chartOf } from '../commands/support.js';
import { countTextPixels, decodePng } from '../helpers/png.js';

ensureFonts();
const ctx = createCanvas(10, 10).getContext('2d');
const FONT = `bold 44px ${FONT_FAMILY}`;
const width = (s: string) => {
  ctx.font = FONT;
  return ctx.measureText(s).width;
};

const TITLE = 'SOFR 3.88%，高於 ON RRP 下限 13 bp，低於 IORB 2 bp：資金寬鬆，附買回市場的現金仍然充裕，沒有逼近聯準會利率走廊上限（4.00%）的跡象';
/** Chinese as the catalogs write it between codes: no space at all in the run. */
const SPACELESS = '準備金2.99兆美元，本週增加968億美元，連續第三週上升，為今年以來最大增幅，並接近聯準會認為充裕的水準上緣';
const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('breaking Chinese text', () => {
  it('breaks between Han characters, beside them, but not inside Latin words, numbers or before closing punctuation', () => {
    expect(breaksBetween('資', '金')).toBe(true);
    expect(breaksBetween('的', 'S')).toBe(true);
    expect(breaksBetween('R', '的')).toBe(true);
    expect(breaksBetween('S', 'O')).toBe(false);
    expect(breaksBetween('4', '.')).toBe(false);
    expect(breaksBetween('鬆', '，')).toBe(false);
    expect(breaksBetween('%', '，')).toBe(false);
    expect(breaksBetween('（', '4')).toBe(false);
  });

  it('wraps a Chinese title into lines that each fit, keeping every character, every Latin word whole', () => {
    const lines = fitLines(ctx, TITLE, FONT, 1160, 3);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(1160);
    expect(noSpace(lines.join(''))).toBe(noSpace(TITLE));
    const words = TITLE.match(/[A-Za-z0-9.%]+/g)!;
    for (const w of words) expect(lines.some((l) => l.includes(w)), w).toBe(true);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：）]/);
  });

  it('cuts a Chinese text past its line budget with an ellipsis, inside the width', () => {
    expect(fitLines(ctx, SPACELESS, FONT, 1160, 2)).toHaveLength(2);
    const lines = fitLines(ctx, '資金'.repeat(200), FONT, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(600);
  });

  it('English still wraps at spaces only', () => {
    const title = 'Net liquidity $5.72T, down $0.21T in a year as the TGA rebuilt after the debt ceiling and ON RRP drained';
    const lines = fitLines(ctx, title, FONT, 1160, 3);
    expect(lines.join(' ')).toBe(title);
  });
});

describe('a chart with a long Chinese title', () => {
  it('draws it on two lines inside the image (decoded), pushing the plot down by a line', async () => {
    const { spec } = await chartOf('/sofr range:1y');
    const long = { ...spec, locale: 'zh-TW', title: SPACELESS, subtitle: '' };
    const short = { ...long, title: 'SOFR 3.88%' };
    const [gLong, gShort] = [chartGeometry(long, 'light'), chartGeometry(short, 'light')];
    expect(gLong.area.top - gShort.area.top).toBeGreaterThan(44);

    const img = await decodePng(await renderChart(long, 'light'));
    expect([img.width, img.height]).toEqual([1200, 675]);
    const line = 44 * 1.2;
    const secondLine = { x: 20, y: Math.round(16 + line + 4), w: 700, h: Math.round(line - 8) };
    expect(countTextPixels(img, secondLine, 'light')).toBeGreaterThan(500);
    const shortImg = await decodePng(await renderChart(short, 'light'));
    expect(countTextPixels(shortImg, secondLine, 'light')).toBeLessThan(countTextPixels(img, secondLine, 'light') / 4);
    // Nothing runs past the right margin in the title's two lines.
    expect(countTextPixels(img, { x: CHART_WIDTH - 18, y: 0, w: 18, h: Math.round(16 + 2 * line) }, 'light')).toBe(0);
  });
});
