// `npm run bench` (part): what registering the chart fonts costs at start (issue 12). Each run is a
// fresh process (registration happens once per process) on the built code: the time of
// ensureFonts() (DejaVu + Noto Sans T/S Chinese, regular and bold), the first draw of a Chinese line
// (when skia first reads the CJK face), and the resident memory before and after both.
// Reported, never asserted: the machine is shared.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ms, summarise, table } from './stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.FONT_RUNS ?? 7);

const probe = `
import { createCanvas } from '@napi-rs/canvas';
import { ensureFonts, FONT_FAMILY } from './dist/src/charts/fonts.js';
const rss = () => process.memoryUsage().rss / 1048576;
const canvas = createCanvas(400, 60); const ctx = canvas.getContext('2d');
const before = rss();
let t = performance.now(); ensureFonts(); const register = performance.now() - t;
ctx.font = '26px ' + FONT_FAMILY;
t = performance.now(); ctx.fillText('SOFR 4.22%', 0, 40); const latin = performance.now() - t;
t = performance.now(); ctx.fillText('聯準會準備金 美联储准备金', 0, 40); const cjk = performance.now() - t;
t = performance.now(); ctx.fillText('逆附買回協議 财政部一般账户', 0, 40); const cjkWarm = performance.now() - t;
console.log(JSON.stringify({ register, latin, cjk, cjkWarm, rssMB: rss() - before }));
`;

const runs = Array.from({ length: RUNS }, () =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' })) as Record<string, number>,
);
const row = (name: string, key: string, unit = 'ms') => {
  const s = summarise(runs.map((r) => r[key]!));
  return [name, ms(s.median), ms(s.min), ms(s.max), unit];
};
console.log(`\nChart fonts at start, ${RUNS} fresh processes (median, min, max)`);
console.log(
  table(['step', 'median', 'min', 'max', 'unit'], [
    row('ensureFonts() (DejaVu + Noto T/S Chinese)', 'register'),
    row('first Latin line drawn', 'latin'),
    row('first CJK line drawn (face read)', 'cjk'),
    row('second CJK line drawn', 'cjkWarm'),
    row('RSS growth over the above', 'rssMB', 'MB'),
  ]),
);
