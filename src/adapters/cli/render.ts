// An Answer as terminal text, and as the JSON object `npm run ask -- --json` prints.
import { messagesFor, type Messages } from '../../core/messages/index.js';
import type { Answer } from '../../core/types.js';

export function answerText(a: Answer, chartPath: string | null, msg: Messages = messagesFor('en')): string {
  const lines: string[] = [];
  if (a.stale) lines.push(`! ${a.stale}`);
  lines.push(a.title, '');
  for (const s of a.summary) lines.push(s);
  if (a.fields.length) {
    lines.push('');
    const w = Math.min(34, Math.max(...a.fields.map((f) => f.label.length)));
    for (const f of a.fields) lines.push(`  ${f.label.padEnd(w)}  ${f.value}`);
  }
  if (a.asOf.length) {
    lines.push('', msg.cli.asOf);
    for (const x of a.asOf) lines.push(`  ${x.series}: ${x.date} (${msg.common.source(x.source)})`);
  }
  if (a.nextRelease) lines.push('', a.nextRelease);
  if (chartPath) lines.push(msg.cli.chart(chartPath));
  return lines.join('\n');
}

export type AnswerJson = {
  title: string;
  summary: string[];
  fields: { label: string; value: string }[];
  asOf: { series: string; date: string; source: string }[];
  stale: string | null;
  nextRelease: string | null;
  chart: string | null;
  files: string[];
};

export function answerJson(a: Answer, chartPath: string | null, filePaths: string[] = []): AnswerJson {
  return {
    title: a.title,
    summary: a.summary,
    fields: a.fields,
    asOf: a.asOf,
    stale: a.stale ?? null,
    nextRelease: a.nextRelease ?? null,
    chart: chartPath,
    files: filePaths,
  };
}
