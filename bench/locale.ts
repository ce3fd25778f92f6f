// `npm run bench` (part): the warm answer time, chart included, in Traditional and Simplified
// Chinese against English (issue 12: within 10%). Snapshot mode, one shared reader (its data warm),
// a fresh answer service per ask (so no finished answer is reused and every ask renders its chart).
// The locales take turns ask by ask, in a turning order, so a busy moment on this shared machine
// (or a periodic pause) hits all three alike.
// Reported, never asserted.
import { commands } from '../commands/index.js';
import { AnswerService } from '../src/answers/service.js';
import { renderChart } from '../src/charts/render.js';
import { createSnapshotReader } from '../src/sources/snapshot.js';
import { ms, summarise, table } from './stats.js';

const RUNS = Number(process.env.LOCALE_RUNS ?? 60);
const WARMUP = 3;
const QUESTIONS = ['/sofr range:1y', '/reserves', '/tga', '/stress'];
const LOCALES = ['en', 'zh-TW', 'zh-CN'] as const;

const reader = createSnapshotReader();
const service = () => new AnswerService({ commands, reader, render: renderChart, theme: 'dark' });

const rows: string[][] = [];
/** Every ask's time per locale over all questions: the whole-mix comparison, steadier than one question's median. */
const all: Record<string, number[]> = { en: [], 'zh-TW': [], 'zh-CN': [] };
for (const q of QUESTIONS) {
  const samples: Record<string, number[]> = { en: [], 'zh-TW': [], 'zh-CN': [] };
  for (let i = 0; i < WARMUP; i++) for (const l of LOCALES) await service().askText(q, l);
  for (let i = 0; i < RUNS; i++) {
    // The order turns each round (en, zh-TW, zh-CN; then zh-TW, zh-CN, en; ...): the times are
    // bimodal (about 12 and 25 ms, as a collection or the pool lands), and a fixed order let one
    // locale always take the slow slot and read as 80-110% slower.
    for (const l of LOCALES.map((_, k) => LOCALES[(i + k) % LOCALES.length]!)) {
      const t0 = performance.now();
      const r = await service().askText(q, l);
      const t = performance.now() - t0;
      if (!r.ok || !r.answer.chart) throw new Error(`${q} (${l}) gave no chart: ${r.ok ? 'no chart' : r.error}`);
      samples[l]!.push(t);
      all[l]!.push(t);
    }
  }
  const en = summarise(samples.en!).median;
  for (const l of LOCALES) {
    const s = summarise(samples[l]!);
    rows.push([`${q} ${l}`, ms(s.median), ms(s.p95), l === 'en' ? '' : `${(((s.median - en) / en) * 100).toFixed(1)}%`]);
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const enMean = mean(all.en!);
for (const l of LOCALES) rows.push([`all four, mean ${l}`, ms(mean(all[l]!)), '', l === 'en' ? '' : `${(((mean(all[l]!) - enMean) / enMean) * 100).toFixed(1)}%`]);
console.log(`\nWarm answer with chart by language, ${RUNS} asks each, interleaved (ms)`);
console.log(table(['question and locale', 'median', 'p95', 'vs en'], rows));
