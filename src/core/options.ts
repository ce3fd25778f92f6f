// Command options, declared once, parsed from `key:value` words or bare words recognised by shape
// (`1y` is a range, `2019-09-17` a date). Pure: returns a result, never throws for user input.
import { parseIsoDate } from './dates.js';
import type { IsoDate } from './types.js';

export const RANGES = ['1m', '3m', '6m', '1y', '2y', '5y', 'max'] as const;
export type RangeKey = (typeof RANGES)[number];

export type OptionDef =
  | { kind: 'range'; name: 'range'; description: string; default: RangeKey }
  | { kind: 'date'; name: 'date'; description: string }
  | { kind: 'choice'; name: string; description: string; choices: readonly string[]; required?: boolean };

export type OptionValues = { range?: RangeKey; date?: IsoDate; [name: string]: string | undefined };

export type ParsedLine = { command: string; words: string[] };

/** Longest line we accept from a user; anything longer is refused before any parsing. */
export const MAX_INPUT_LENGTH = 300;

export function rangeOption(def: RangeKey, description = 'How far back the chart goes'): OptionDef {
  return { kind: 'range', name: 'range', description, default: def };
}

export function dateOption(description = 'Answer as of this day (YYYY-MM-DD)'): OptionDef {
  return { kind: 'date', name: 'date', description };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const COMMAND = /^\/?([a-z][a-z0-9_]{0,31})(?:@[A-Za-z0-9_]{1,64})?$/;

/** "/sofr range:1y" -> { command: 'sofr', words: ['range:1y'] }. */
export function parseLine(input: string): Result<ParsedLine> {
  if (input.length > MAX_INPUT_LENGTH) {
    return { ok: false, error: `That is too long (${input.length} characters); type a command such as /sofr range:1y.` };
  }
  // Drop control and invisible formatting characters; keep it to printable words.
  const clean = input.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();
  const words = clean.split(/\s+/).filter(Boolean);
  const first = words.shift();
  if (!first) return { ok: false, error: 'Type a command such as /sofr or /help.' };
  const m = COMMAND.exec(first.toLowerCase());
  if (!m) return { ok: false, error: `${quote(first)} is not a command. Type /help for the list.` };
  return { ok: true, value: { command: m[1]!, words } };
}

/** Shows a user's text back safely: short, quoted, no markup-significant surprises. */
export function quote(s: string): string {
  const t = s.length > 24 ? `${s.slice(0, 24)}…` : s;
  return `"${t.replace(/["`]/g, "'")}"`;
}

function isRange(s: string): s is RangeKey {
  return (RANGES as readonly string[]).includes(s);
}

function validate(def: OptionDef, raw: string, command: string): Result<string> {
  const v = raw.trim();
  if (def.kind === 'range') {
    const r = v.toLowerCase();
    if (isRange(r)) return { ok: true, value: r };
    return { ok: false, error: `range:${quote(v).slice(1, -1)} is not a range. Use one of ${RANGES.join(', ')}, for example /${command} range:1y.` };
  }
  if (def.kind === 'date') {
    const d = parseIsoDate(v);
    if (d) return { ok: true, value: d };
    const looksIso = /^\d{4}-\d{2}-\d{2}$/.test(v);
    return {
      ok: false,
      error: looksIso
        ? `${v} is not a real date. Try /${command} date:2025-10-31.`
        : `date:${quote(v).slice(1, -1)} is not a date; write it as YYYY-MM-DD, for example /${command} date:2025-10-31.`,
    };
  }
  const c = def.choices.find((x) => x.toLowerCase() === v.toLowerCase());
  if (c) return { ok: true, value: c };
  return { ok: false, error: `${def.name}:${quote(v).slice(1, -1)} is not one of ${def.choices.slice(0, 8).join(', ')}${def.choices.length > 8 ? ', …' : ''}.` };
}

/**
 * Fills the declared options from words: `key:value`, or a bare word whose shape names its option
 * (a range key, an ISO-looking date, a choice). Unknown keys and leftovers are refused.
 */
export function parseOptions(defs: readonly OptionDef[], words: readonly string[], command: string): Result<OptionValues> {
  const out: OptionValues = {};
  const names = defs.map((d) => d.name);
  for (const word of words) {
    const kv = /^([A-Za-z_]+)[:=](.*)$/.exec(word);
    let def: OptionDef | undefined;
    let raw: string;
    if (kv) {
      const key = kv[1]!.toLowerCase();
      def = defs.find((d) => d.name === key);
      if (!def) {
        return {
          ok: false,
          error: names.length
            ? `/${command} has no option ${quote(key)}; its options are ${names.join(', ')}.`
            : `/${command} takes no options.`,
        };
      }
      raw = kv[2]!;
    } else {
      raw = word;
      const lower = word.toLowerCase();
      def =
        defs.find((d) => d.kind === 'range' && isRange(lower)) ??
        defs.find((d) => d.kind === 'date' && /^\d{4}-\d{1,2}-\d{1,2}$/.test(word)) ??
        defs.find((d) => d.kind === 'choice' && d.choices.some((c) => c.toLowerCase() === lower));
      if (!def) {
        return {
          ok: false,
          error: names.length
            ? `I don't understand ${quote(word)} for /${command}; its options are ${names.join(', ')} (e.g. /${command} ${example(defs)}).`
            : `/${command} takes no options.`,
        };
      }
    }
    if (out[def.name] !== undefined) return { ok: false, error: `${def.name} is given twice; give it once.` };
    const v = validate(def, raw, command);
    if (!v.ok) return v;
    out[def.name] = v.value;
  }
  for (const d of defs) {
    if (d.kind === 'choice' && d.required && out[d.name] === undefined) {
      return { ok: false, error: `/${command} needs ${d.name}: one of ${d.choices.slice(0, 8).join(', ')}.` };
    }
  }
  return { ok: true, value: out };
}

function example(defs: readonly OptionDef[]): string {
  return defs
    .map((d) => (d.kind === 'range' ? 'range:1y' : d.kind === 'date' ? 'date:2019-09-17' : `${d.name}:${d.choices[0]}`))
    .join(' ');
}
