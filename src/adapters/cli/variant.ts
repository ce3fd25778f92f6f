// What makes two charts of one command different files: `/sofr` and `/sofr 1m` draw different
// windows, so their PNGs must not share sofr-corridor-<date>.png.
import type { Command } from '../../core/command.js';
import { parseLine, parseOptions } from '../../core/options.js';
import type { Theme } from '../../charts/spec.js';

/** The theme charts get when CHART_THEME is not set (config.ts); only another theme is named. */
const DEFAULT_THEME: Theme = 'dark';

/**
 * The parts of a chart's file name after the spec name: the range the chart shows (the one asked
 * for, else the command's default), the value of any choice option, and the theme unless it is the
 * default. The date is not here: the as-of stamp carries it. Empty when the question does not parse
 * (the service refuses it anyway).
 */
export function chartVariant(question: string, commands: readonly Command[], theme: Theme): string[] {
  const parts: string[] = [];
  const line = parseLine(question);
  const command = line.ok ? commands.find((c) => c.name === line.value.command) : undefined;
  if (line.ok && command) {
    const parsed = parseOptions(command.options, line.value.words, command.name);
    if (parsed.ok) {
      for (const def of command.options) {
        if (def.kind === 'range') parts.push(parsed.value.range ?? def.default);
        else if (def.kind === 'choice' && parsed.value[def.name]) parts.push(parsed.value[def.name]!.toLowerCase());
      }
    }
  }
  if (theme !== DEFAULT_THEME) parts.push(theme);
  return parts;
}
