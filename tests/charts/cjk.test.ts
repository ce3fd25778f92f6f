// Chinese text in charts: the CJK faces are registered and named in every chart font, so Han
// characters are drawn as glyphs, not as the empty boxes (tofu) a font without them draws.
// The reference for "tofu" is an unassigned code point (U+3FFFD), which no font has: a character
// the fonts lack renders exactly like it.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ensureFonts, FONT_FAMILY } from '../../src/charts/fonts.js';
import { renderChart } from '../../src/charts/render.js';
import { decodePng, type Decoded, type Rect } from '../helpers/png.js';
import { sofrCorridorSpec } from './fixtures.js';

const TOFU = '\u{3FFFD}';
const TITLE: Rect = { x: 0, y: 0, w: 1200, h: 50 };

/** The glyph bitmap (dark pixels on white) of one character drawn in the chart font. */
function bitmap(char: string, family = FONT_FAMILY): string {
  const canvas = createCanvas(40, 40);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 40, 40);
  ctx.fillStyle = '#000';
  ctx.font = `28px ${family}`;
  ctx.fillText(char, 4, 32);
  const d = ctx.getImageData(0, 0, 40, 40).data;
  let bits = '';
  for (let i = 0; i < d.length; i += 4) bits += d[i]! < 128 ? '1' : '0';
  return bits;
}

function differing(a: Decoded, b: Decoded, r: Rect): number {
  let n = 0;
  for (let y = r.y; y < r.y + r.h; y++) {
    for (let x = r.x; x < r.x + r.w; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) > 60) n++;
    }
  }
  return n;
}

const titles = {
  'zh-Hant': '聯準會準備金 逆附買回協議 國債一般帳戶',
  'zh-Hans': '美联储准备金 逆回购 财政部一般账户',
};

describe('CJK glyphs in charts', () => {
  it.each(Object.entries(titles))('draws every character of a %s title as a glyph, not a tofu box', (_locale, title) => {
    ensureFonts();
    const tofu = bitmap(TOFU);
    expect(tofu).toContain('1'); // the box itself is drawn, so "differs from it" means something
    for (const char of title.replace(/\s/g, '')) expect(bitmap(char), char).not.toBe(tofu);
  });

  it('a font list without the CJK faces draws tofu (the check above can fail)', () => {
    ensureFonts();
    expect(bitmap('聯', '"DejaVu Sans"')).toBe(bitmap(TOFU, '"DejaVu Sans"'));
  });

  it.each(Object.entries(titles))('a %s chart title differs from the same title in unassigned code points', async (_locale, title) => {
    const spec = sofrCorridorSpec();
    const chinese = await decodePng(await renderChart({ ...spec, title }, 'light'));
    const boxes = await decodePng(await renderChart({ ...spec, title: title.replace(/\S/g, TOFU) }, 'light'));
    // Tofu in both would make the title rows identical; glyphs differ from boxes in many pixels.
    expect(differing(chinese, boxes, TITLE)).toBeGreaterThan(500);
  });
});
