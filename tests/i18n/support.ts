// What counts as "no English left" in a Chinese answer (issue 12: "no English word left except
// series codes"). The allowlist is kept small and every entry says why:
//
// - CODES: the series codes the issue names (SOFR, EFFR, IORB, TGA, ON RRP, SRF, QT, H.4.1), IOER
//   (IORB's name before 2021-07-29, in the same series), and the codes docs/glossary.md keeps as the
//   Chinese press writes them: FOMC, GDP, MBS, LIBOR, H.15, UTC, and CSV (the file /export sends).
// - FRED, and a FRED series id right after it ("FRED WRESBAL"): the source's proper name and the id a
//   reader looks the series up by.
// - bp: the unit the glossary keeps deliberately (the press writes both 基點 and bp).
// - Telegram, Discord: the platforms' own names, written in Latin letters in Chinese too (the chat
//   commands say where subscriptions live).
// - What a reader types: commands (/sofr), options as typed (range:1y, date:2025-10-31), option
//   names and choice values an error or /help names, ranges (1y, max), the YYYY-MM-DD format, the
//   operator's DATA_MODE=snapshot; and the reader's own words quoted back in an error ("foo").
// - File names (reserves-1y-2026-09-09.csv): ASCII, so they travel as attachments on every platform.
// Anything else in Latin letters is English that a catalog should have said in Chinese.
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { NOW } from '../commands/support.js';
import type { Answer } from '../../src/core/types.js';

export const CODES = ['SOFR', 'EFFR', 'IORB', 'IOER', 'TGA', 'ON', 'RRP', 'SRF', 'QT', 'H.4.1', 'H.15', 'FOMC', 'GDP', 'MBS', 'LIBOR', 'UTC', 'CSV', 'FRED', 'bp', 'Telegram', 'Discord'];

type OptionLike = { name?: string; choices?: readonly string[]; suggestions?: readonly string[] };

/** Every command name, option name and choice value a reader types (read from the registry, whatever shape its options take). */
export function typedWords(): Set<string> {
  const out = new Set<string>(['max', 'YYYY', 'MM', 'DD']);
  for (const c of commands) {
    out.add(c.name);
    const opts = c.options as unknown;
    const entries: [string, OptionLike][] = Array.isArray(opts)
      ? (opts as OptionLike[]).map((o) => [o.name ?? '', o])
      : Object.entries((opts ?? {}) as Record<string, OptionLike>);
    for (const [name, o] of entries) {
      out.add(name);
      if (o.name) out.add(o.name);
      for (const choice of [...(o.choices ?? []), ...(o.suggestions ?? [])]) out.add(choice);
    }
  }
  return out;
}

const TYPED = typedWords();

/** Latin words in `text` that are neither kept codes nor what the reader types. */
export function englishWords(text: string): string[] {
  const cleaned = text
    .replace(/(?:\/?[\w.-]+\/)*[\w.-]+\.(?:png|csv)\b/g, ' ') // file names and their folder: ASCII, so they travel as attachments everywhere
    .replace(/"[^"\n]*"/g, ' ') // the reader's own words, quoted back
    .replace(/\/[a-z]+/g, ' ') // commands as typed: /sofr
    .replace(/\b[a-z_]+:[\w.…-]+/g, ' ') // options as typed: range:1y, date:2025-10-31, topic:…
    .replace(/DATA_MODE=[a-z]+/g, ' ') // the operator's setting, as typed
    .replace(/\bFRED [A-Z][A-Z0-9]+/g, 'FRED') // a FRED series id after the source's name
    .replace(/\b\d+[a-z]\b/g, ' '); // ranges: 1y, 3m
  const words = cleaned.match(/[A-Za-z][A-Za-z0-9_]*(?:\.\d+)*/g) ?? [];
  return words.filter((w) => !CODES.includes(w) && !TYPED.has(w));
}

/** Every sentence of an answer a reader sees (the CSV file's own header lines excepted: glossary). */
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

/** Every string a chart spec draws: title, subtitle, footer, axis title, alt, legends, bands, events, panels. */
export function chartWords(s: ChartSpec): string {
  return [
    s.title, s.subtitle, s.footer, s.yTitle, s.alt,
    ...s.lines.map((l) => l.label),
    ...(s.bands ?? []).map((b) => b.label),
    ...(s.events ?? []).map((e) => e.label),
    ...(s.panels ?? []).flatMap((p) => [p.title, ...p.lines.map((l) => l.label), ...(p.bands ?? []).map((b) => b.label)]),
  ].join('\n');
}

/** The real service and renderer on the snapshot, remembering each chart spec it drew. */
export function recordingService(specs: ChartSpec[]): AnswerService {
  return new AnswerService({
    commands,
    reader: createSnapshotReader(),
    render: (spec, theme) => {
      specs.push(spec);
      return renderChart(spec, theme);
    },
    theme: 'light',
    now: () => NOW,
  });
}
