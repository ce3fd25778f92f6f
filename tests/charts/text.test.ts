import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ensureFonts } from '../../src/charts/fonts.js';
import { fitLines } from '../../src/charts/text.js';

ensureFonts();
const ctx = createCanvas(10, 10).getContext('2d');
const FONT = 'bold 26px "DejaVu Sans"';
const width = (s: string) => {
  ctx.font = FONT;
  return ctx.measureText(s).width;
};

describe('fitLines', () => {
  it('keeps a short title on one line', () => {
    expect(fitLines(ctx, 'SOFR 4.22%', FONT, 1160, 2)).toEqual(['SOFR 4.22%']);
  });

  it('wraps a long title into lines that each fit, keeping every word', () => {
    const title = 'Net liquidity $5.72T, down $0.21T in a year as the TGA rebuilt after the debt ceiling and ON RRP drained';
    const lines = fitLines(ctx, title, FONT, 1160, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(1160);
    expect(lines.join(' ')).toBe(title);
  });

  it('cuts what does not fit the line budget with an ellipsis', () => {
    const lines = fitLines(ctx, 'word '.repeat(200).trim(), FONT, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(600);
  });

  it('a budget of one line is one line, cut with an ellipsis (it used to wrap on without end)', () => {
    const lines = fitLines(ctx, 'word '.repeat(200).trim(), FONT, 600, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(width(lines[0]!)).toBeLessThanOrEqual(600);
  });
});
