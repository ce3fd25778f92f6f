// Shared set-up for command tests: the real service on the bundled snapshot, with the real renderer,
// at a fixed "now" (Mon 2026-11-23, 3 pm ET) so answers do not depend on the day the tests run.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { commands } from '../../commands/index.js';
import { AnswerService, type AskResult } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import type { Answer } from '../../src/core/types.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import type { SeriesReader } from '../../src/sources/types.js';

export const NOW = new Date('2026-11-23T20:00:00Z');

export function snapshotService(reader: SeriesReader = createSnapshotReader()): AnswerService {
  return new AnswerService({ commands, reader, render: renderChart, theme: 'dark', now: () => NOW });
}

export function answered(r: AskResult): Answer {
  if (!r.ok) throw new Error(`expected an answer, got: ${r.error}`);
  return r.answer;
}

export function field(a: Answer, label: string): string {
  const f = a.fields.find((x) => x.label === label);
  if (!f) throw new Error(`no field "${label}" in ${a.fields.map((x) => x.label).join(', ')}`);
  return f.value;
}

export type Decoded = { width: number; height: number; data: Uint8ClampedArray };

export async function decodePng(png: Uint8Array): Promise<Decoded> {
  const img = await loadImage(Buffer.from(png));
  const c = createCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: g.getImageData(0, 0, img.width, img.height).data };
}

/** Pixels within `tol` of the colour `hex` in the rectangle. */
export function countColour(img: Decoded, hex: string, rect = { x: 0, y: 0, w: img.width, h: img.height }, tol = 40): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    for (let x = rect.x; x < rect.x + rect.w; x++) {
      const i = (y * img.width + x) * 4;
      if (Math.abs(img.data[i]! - r) + Math.abs(img.data[i + 1]! - g) + Math.abs(img.data[i + 2]! - b) <= tol) n++;
    }
  }
  return n;
}
