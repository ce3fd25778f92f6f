// Writes an answer's chart and files under the output folder and returns their paths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Answer } from '../../core/types.js';

function safeName(name: string): string {
  return name.replace(/[^a-zA-Z0-9._-]/g, '_').slice(0, 80) || 'file';
}

export function writeOutputs(a: Answer, outDir: string, stamp: string): { chart: string | null; files: string[] } {
  if (!a.chart && !a.files?.length) return { chart: null, files: [] };
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const show = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel.startsWith('..') ? p : rel;
  };
  let chart: string | null = null;
  if (a.chart) {
    const p = join(dir, safeName(a.chart.name.replace(/\.png$/, `-${stamp}.png`)));
    writeFileSync(p, a.chart.png);
    chart = show(p);
  }
  const files = (a.files ?? []).map((f) => {
    const p = join(dir, safeName(f.name));
    writeFileSync(p, f.bytes);
    return show(p);
  });
  return { chart, files };
}
