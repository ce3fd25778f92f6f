// Shared set-up for command tests: the real service on the bundled snapshot, with the real renderer,
// at a fixed "now" (Mon 2026-11-23, 3 pm ET) so answers do not depend on the day the tests run.
import { commands } from '../../commands/index.js';
import { AnswerService, type AskResult } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import type { ChartSpec, Theme } from '../../src/charts/spec.js';
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

/** The chart spec and PNG a question's answer carries (the real service and renderer on the snapshot). */
export async function chartOf(question: string, theme: Theme = 'dark'): Promise<{ spec: ChartSpec; png: Uint8Array; answer: Answer }> {
  let spec: ChartSpec | undefined;
  const svc = new AnswerService({
    commands,
    reader: createSnapshotReader(),
    render: (s, t) => {
      spec = s;
      return renderChart(s, t);
    },
    theme,
    now: () => NOW,
  });
  const r = await svc.askText(question);
  if (!r.ok || !r.answer.chart || !spec) throw new Error(`no chart for ${question}: ${r.ok ? 'none' : r.error}`);
  return { spec, png: r.answer.chart.png, answer: r.answer };
}
