// Renders every command's chart (and a few edge cases) on the offline snapshot, light and dark, and
// writes each at full size and downscaled to 400 px wide (a phone's width), so they can be looked at:
//   npx tsx scripts/phone-preview.ts [outDir] [question ...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { commands } from '../commands/index.js';
import { AnswerService } from '../src/answers/service.js';
import { renderChart } from '../src/charts/render.js';
import type { Theme } from '../src/charts/spec.js';
import { createSnapshotReader } from '../src/sources/snapshot.js';

const PHONE = 400;
const [outDir = 'tmp/phone', ...asked] = process.argv.slice(2);
const questions = asked.length
  ? asked
  : [
      ...commands.filter((c) => !['help', 'about', 'calendar', 'explain'].includes(c.name)).map((c) => (c.name === 'export' ? '/export reserves' : `/${c.name}`)),
      '/netliq range:max',
      '/sofr date:2025-10-31 range:6m',
      '/sofr range:max',
      '/compare date:2019-09-17',
    ];

mkdirSync(outDir, { recursive: true });
const reader = createSnapshotReader();
for (const theme of ['light', 'dark'] as Theme[]) {
  const svc = new AnswerService({ commands, reader, render: renderChart, theme, now: () => new Date() });
  for (const q of questions) {
    const r = await svc.askText(q);
    if (!r.ok || !r.answer.chart) {
      console.log(`${q}: no chart`);
      continue;
    }
    const base = q.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '_') + `-${theme}`;
    const png = Buffer.from(r.answer.chart.png);
    writeFileSync(join(outDir, `${base}.png`), png);
    const img = await loadImage(png);
    const h = Math.round((img.height * PHONE) / img.width);
    const small = createCanvas(PHONE, h);
    small.getContext('2d').drawImage(img, 0, 0, PHONE, h);
    writeFileSync(join(outDir, `${base}-400.png`), small.toBuffer('image/png'));
    console.log(`${q} (${theme}): ${join(outDir, base)}-400.png`);
  }
}
