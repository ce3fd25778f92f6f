// `npm run bench` (part): the warm answer time, chart included, in Traditional and Simplified
// Chinese against English (issue 12: within 10%). Snapshot mode, one shared reader (its data warm),
// a fresh answer service per ask (so no finished answer is reused and every ask renders its chart).
// The locales take turns ask by ask, so a busy moment on this shared machine hits all three alike.
// Reported, never asserted.
import { commands } from '../commands/index.js';
import { AnswerService } from '../src/answers/service.js';
import { renderChart } from '../src/charts/render.js';
import { createSnapshotReader } from '../src/sources/snapshot.js';
import { ms, summarise, table } from './stats.js';

const RUNS = Number(process.env.LOCALE_RUNS ?? 30);
const WARMUP = 3;
const QUESTIONS = ['/sofr range:1y', '/reserves', '/tga', '/stress'];
const LOCALES = ['en', 'zh-TW', 'zh-CN'] as const;

const reader = createSnapshotReader();
const service = () => new AnswerService({ commands, reader, render: renderChart, theme: 'dark' });

const rows: string[][] = [];
for (const q of QUESTIONS) {
  const samples: Record<string, number[]> = { en: [], 'zh-TW': [], 'zh-CN': [] };
  for (let i = 0; i < WARMUP; i++) for (const l of LOCALES) await service().askText(q, l);
  for (let i = 0; i < RUNS; i++) {
    for (const l of LOCALES) {
      const t0 = performance.now();
      const r = await service().askText(q, l);
      const t = performance.now() - t0;
      if (!r.ok || !r.answer.chart) throw new Error(`${q} (${l}) gave no chart: ${r.ok ? 'no chart' : r.error}`);
      samples[l]!.push(t);
    }
  }
  const en = summarise(samples.en!).median;
  for (const l of LOCALES) {
    const s = summarise(samples[l]!);
    rows.push([`${q} ${l}`, ms(s.median), ms(s.p95), l === 'en' ? '' : `${(((s.median - en) / en) * 100).toFixed(1)}%`]);
  }
}
console.log(`\nWarm answer with chart by language, ${RUNS} asks each, interleaved (ms)`);
console.log(table(['question and locale', 'median', 'p95', 'vs en'], rows));
