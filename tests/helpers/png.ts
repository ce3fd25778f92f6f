// Decode a PNG into RGBA pixels (via @napi-rs/canvas) and ask questions about regions of it.
import { createCanvas, loadImage } from '@napi-rs/canvas';

export type Decoded = { width: number; height: number; data: Uint8ClampedArray };
export type Rect = { x: number; y: number; w: number; h: number };
export type Rgb = [number, number, number];

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function hasPngSignature(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export async function decodePng(bytes: Uint8Array): Promise<Decoded> {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  return { width: image.width, height: image.height, data };
}

export function hex(colour: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) throw new Error(`not a #RRGGBB colour: ${colour}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function pixel(img: Decoded, x: number, y: number): Rgb {
  const i = (y * img.width + x) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
}

function clip(img: Decoded, r: Rect): { x0: number; y0: number; x1: number; y1: number } {
  return {
    x0: Math.max(0, r.x),
    y0: Math.max(0, r.y),
    x1: Math.min(img.width, r.x + r.w),
    y1: Math.min(img.height, r.y + r.h),
  };
}

/** Pixels in `rect` whose every channel is within `tolerance` of `colour`. */
export function countNear(img: Decoded, colour: string | Rgb, rect: Rect, tolerance = 8): number {
  const [r, g, b] = typeof colour === 'string' ? hex(colour) : colour;
  const { x0, y0, x1, y1 } = clip(img, rect);
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      if (
        Math.abs(img.data[i]! - r) <= tolerance &&
        Math.abs(img.data[i + 1]! - g) <= tolerance &&
        Math.abs(img.data[i + 2]! - b) <= tolerance
      ) {
        n++;
      }
    }
  }
  return n;
}

const luminance = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/**
 * Text-like pixels: grey-ish (low saturation) and far from the background in brightness, i.e. dark
 * on a light background or light on a dark one. Returns how many there are in `rect`.
 */
export function countTextPixels(img: Decoded, rect: Rect, on: 'light' | 'dark'): number {
  const { x0, y0, x1, y1 } = clip(img, rect);
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      const r = img.data[i]!;
      const g = img.data[i + 1]!;
      const b = img.data[i + 2]!;
      const grey = Math.max(r, g, b) - Math.min(r, g, b) < 40;
      const l = luminance(r, g, b);
      if (grey && (on === 'light' ? l < 110 : l > 160)) n++;
    }
  }
  return n;
}

/** True when `rect` holds enough text-like pixels to be a line of text, not noise. */
export function hasText(img: Decoded, rect: Rect, on: 'light' | 'dark', min = 150): boolean {
  return countTextPixels(img, rect, on) >= min;
}

/**
 * The height in px of the tallest line of text in `rect`: the longest run of consecutive rows that
 * each hold text-like pixels (countTextPixels' test). Lines of text with space between them count
 * apart, so a column of axis labels gives one label's height.
 */
export function textHeight(img: Decoded, rect: Rect, on: 'light' | 'dark'): number {
  const { x0, y0, x1, y1 } = clip(img, { x: Math.round(rect.x), y: Math.round(rect.y), w: Math.round(rect.w), h: Math.round(rect.h) });
  let best = 0;
  let run = 0;
  for (let y = y0; y < y1; y++) {
    const n = countTextPixels(img, { x: x0, y, w: x1 - x0, h: 1 }, on);
    run = n >= 2 ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
