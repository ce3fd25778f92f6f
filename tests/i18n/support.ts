// What counts as "no English left" in a Chinese answer: the Latin words allowed are the codes
// docs/glossary.md keeps as they are (series, tools, publications, institutions' abbreviations),
// unit symbols, and what the reader types (commands and their options).
import type { Answer } from '../../src/core/types.js';

/**
 * Lower-case Latin words a Chinese answer may hold: the unit symbol bp, and what the reader or the
 * operator types (option names and values, DATA_MODE's values). Upper-case words are codes (SOFR,
 * ON RRP, H.4.1, FOMC, FRED's series ids such as WRESBAL) and are kept as they are (glossary), as
 * are the amount units B and T ($2.85T).
 */
export const KEPT_WORDS = ['bp', 'range', 'date', 'max', 'series', 'topic', 'question', 'snapshot', 'live', 'rule', 'quiet', 'tz', 'brief', 'auto'];

const isCode = (w: string) => /^[A-Z][A-Z0-9_]*$/.test(w);

/** Latin words in `text` that are not kept codes, units or typed commands. */
export function englishWords(text: string, commandNames: readonly string[]): string[] {
  const cleaned = text
    .replace(/\/[a-z]+/g, ' ') // commands as typed: /sofr
    .replace(/\b[a-z]+:[\w.-]+/g, ' ') // options as typed: range:1y, date:2025-10-31
    .replace(/H\.\d+(\.\d+)?/g, ' ') // H.4.1, H.15
    .replace(/\b\d+[a-z]+\b/g, ' ') // 1y, 3m
    .replace(/[\w.-]+\.(png|csv|md)\b/g, ' ') // file names
    .replace(/npm run [a-z-]+/g, ' ');
  const words = cleaned.match(/[A-Za-z][A-Za-z_]*/g) ?? [];
  return words.filter((w) => !isCode(w) && !KEPT_WORDS.includes(w) && !commandNames.includes(w));
}

/** Every sentence of an answer a reader sees (the CSV file's own header lines excepted). */
export function answerText(a: Answer): string {
  return [
    a.title,
    ...a.summary,
    ...a.fields.flatMap((f) => [f.label, f.value]),
    a.stale ?? '',
    a.nextRelease ?? '',
    a.chart?.alt ?? '',
    ...a.asOf.flatMap((x) => [x.series]),
  ].join('\n');
}
