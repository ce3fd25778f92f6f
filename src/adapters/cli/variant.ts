// What makes two charts of one command different files: `/sofr` and `/sofr 1m` draw different
// windows, so their PNGs must not share sofr-corridor-<date>.png.
import type { Command } from '../../core/command.js';
import { chartVariantParts, parseLine, parseOptions } from '../../core/options.js';
import type { Theme } from '../../charts/spec.js';

/** The theme charts get when CHART_THEME is not set (config.ts); only another theme is named. */
const DEFAULT_THEME: Theme = 'dark';

/**
 * The parts of a chart's file name after the spec name: the range the chart shows (the one asked
 * for, else the command's default), the value of any choice option, the day asked for, and the theme
 * unless it is the default (chartVariantParts). The as-of stamp follows them; a day asked that is the
 * as-of date is not written twice (chartFileName). Empty when the question does not parse (the service
 * refuses it anyway). /ask has only free text: the command it routes to names its chart itself
 * (commands/ask.ts).
 */
export function chartVariant(question: string, commands: readonly Command[], theme: Theme): string[] {
  const parts: string[] = [];
  const line = parseLine(question);
  const command = line.ok ? commands.find((c) => c.name === line.value.command) : undefined;
  if (line.ok && command) {
    const parsed = parseOptions(command.options, line.value.words, command.name);
    if (parsed.ok) parts.push(...chartVariantParts(command.options, parsed.value));
  }
  if (theme !== DEFAULT_THEME) parts.push(theme);
  return parts;
}
