// Command options, declared once, parsed from `key:value` words or bare words recognised by shape
// (`1y` is a range, `2019-09-17` a date). Pure: returns a result, never throws for user input.
import { parseIsoDate } from './dates.js';
import { options as englishOptions } from './messages/en/options.js';
import type { IsoDate } from './types.js';

export const RANGES = ['1m', '3m', '6m', '1y', '2y', '5y', 'max'] as const;
export type RangeKey = (typeof RANGES)[number];

/**
 * One option of a command, declared under its name in the command's `options` record:
 * `{ range: rangeOption('3m'), date: dateOption() }`. The record is the one declaration every
 * platform reads (Discord's JSON, Telegram's menu, /help, the /ask router, the parser); the words
 * that describe each option live in the catalog under the command's and the option's names.
 */
export type RangeOption = { readonly kind: 'range'; readonly default: RangeKey };
export type DateOption = { readonly kind: 'date' };
export type ChoiceOption<C extends string = string, R extends boolean = boolean> = { readonly kind: 'choice'; readonly choices: readonly C[]; readonly required: R };
/** Free text (for /ask): swallows the whole rest of the line; the command checks length and emptiness. */
export type TextOption = { readonly kind: 'text' };
export type OptionSpec = RangeOption | DateOption | ChoiceOption | TextOption;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
/** An option with its name (the key it is declared under), for code that walks a command's options in order. */
export type OptionDef = OptionSpec & { readonly name: string };

/** What the parser gives a command at run time (before its declaration narrows it: see OptionValuesOf). */
export type OptionValues = { range?: RangeKey; date?: IsoDate; [name: string]: string | undefined };

/** The value one option gives run(): a range key, an ISO date, one of the declared choices, the text. */
type ValueOf<S> = S extends RangeOption ? RangeKey : S extends DateOption ? IsoDate : S extends ChoiceOption<infer C> ? C : S extends TextOption ? string : never;
/** Always present after parsing: a range (its default), text ('' when none), a required choice. */
type Given<S> = S extends RangeOption | TextOption | ChoiceOption<string, true> ? true : false;
type Flat<T> = { [K in keyof T]: T[K] } & {};
/** run()'s first argument, inferred from the declaration: `{ range: RangeKey; date?: IsoDate }` for `{ range: rangeOption('3m'), date: dateOption() }`. */
export type OptionValuesOf<O extends OptionSpecs> = Flat<
  { -readonly [K in keyof O as Given<O[K]> extends true ? K : never]: ValueOf<O[K]> } & { -readonly [K in keyof O as Given<O[K]> extends true ? never : K]?: ValueOf<O[K]> }
>;

export type ParsedLine = { command: string; words: string[] };

/** Longest line we accept from a user; anything longer is refused before any parsing. */
export const MAX_INPUT_LENGTH = 300;

/** How far back the chart goes; `def` when not given. */
export function rangeOption(def: RangeKey): RangeOption {
  return { kind: 'range', default: def };
}

/** Answer as of this day (YYYY-MM-DD); absent means the newest data. */
export function dateOption(): DateOption {
  return { kind: 'date' };
}

/** One of a fixed list (matched without regard to case); `required: true` makes run() always get one. */
export function choiceOption<const C extends string, const R extends boolean = false>(choices: readonly C[], o?: { required?: R }): ChoiceOption<C, R> {
  return { kind: 'choice', choices, required: (o?.required ?? false) as R };
}

/** Longest free text a text option takes (characters). */
export const MAX_TEXT_LENGTH = 200;

export function textOption(): TextOption {
  return { kind: 'text' };
}

/** The options in declaration order, each with its name. */
export function optionList(specs: OptionSpecs): OptionDef[] {
  return Object.entries(specs).map(([name, spec]) => ({ ...spec, name }));
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The parser's sentences, from the message catalog of the user's locale. */
export type OptionMessages = typeof englishOptions;

const COMMAND = /^\/?([a-z][a-z0-9_]{0,31})(?:@[A-Za-z0-9_]{1,64})?$/;

/** "/sofr range:1y" -> { command: 'sofr', words: ['range:1y'] }. */
export function parseLine(input: string, msg: OptionMessages = englishOptions): Result<ParsedLine> {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, error: msg.tooLong(input.length) };
  // Control characters separate words; invisible formatting characters (zero-width space, soft
  // hyphen, BOM) are removed, so "1\u200By" is still "1y".
  const clean = input.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(/\p{Cc}/gu, ' ').trim();
  const words = clean.split(/\s+/).filter(Boolean);
  const first = words.shift();
  if (!first) return { ok: false, error: msg.empty() };
  const m = COMMAND.exec(first.toLowerCase());
  if (!m) return { ok: false, error: msg.notCommand(quote(first)) };
  return { ok: true, value: { command: m[1]!, words } };
}

/**
 * Shows a user's text back safely: at most 24 characters (cut between code points, never inside
 * an emoji), quoted, backticks and quotes neutralised, and mentions (@everyone, <@id>) broken with
 * a zero-width space so no platform turns them into pings.
 */
export function quote(s: string): string {
  const chars = [...s];
  const t = chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : s;
  return `"${t.replace(/["`]/g, "'").replace(/@/g, '@\u200B')}"`;
}

function isRange(s: string): s is RangeKey {
  return (RANGES as readonly string[]).includes(s);
}

function validate(def: OptionDef, raw: string, command: string, msg: OptionMessages): Result<string> {
  const v = raw.trim();
  if (def.kind === 'range') {
    const r = v.toLowerCase();
    if (isRange(r)) return { ok: true, value: r };
    return { ok: false, error: msg.badRange(quote(v).slice(1, -1), command, RANGES) };
  }
  if (def.kind === 'date') {
    const d = parseIsoDate(v);
    if (d) return { ok: true, value: d };
    const looksIso = /^\d{4}-\d{2}-\d{2}$/.test(v);
    return { ok: false, error: looksIso ? msg.notRealDate(v, command) : msg.notDate(quote(v).slice(1, -1), command) };
  }
  if (def.kind === 'text') return { ok: true, value: v };
  const c = def.choices.find((x) => x.toLowerCase() === v.toLowerCase());
  if (c) return { ok: true, value: c };
  return { ok: false, error: msg.notOneOf(def.name, quote(v).slice(1, -1), def.choices) };
}

/**
 * Fills the declared options from words: `key:value`, or a bare word whose shape names its option
 * (a range key, an ISO-looking date, a choice). Unknown keys and leftovers are refused. What is not
 * given gets its declared default: a range its default key, text ''. A required choice must be given.
 */
export function parseOptions(specs: OptionSpecs, words: readonly string[], command: string, msg: OptionMessages = englishOptions): Result<OptionValues> {
  const defs = optionList(specs);
  const out: OptionValues = {};
  const names = defs.map((d) => d.name);
  // A text option takes every word as written (a leading `name:` from Discord is dropped); it is the
  // command's only option, so nothing else is parsed.
  const text = defs.find((d) => d.kind === 'text');
  if (text) {
    const joined = words.join(' ').trim();
    const m = /^([A-Za-z_]+)[:=]([\s\S]*)$/.exec(joined);
    out[text.name] = (m && m[1]!.toLowerCase() === text.name ? m[2]! : joined).trim();
    return { ok: true, value: out };
  }
  for (const word of words) {
    const kv = /^([A-Za-z_]+)[:=](.*)$/.exec(word);
    let def: OptionDef | undefined;
    let raw: string;
    if (kv) {
      const key = kv[1]!.toLowerCase();
      def = defs.find((d) => d.name === key);
      if (!def) {
        return { ok: false, error: names.length ? msg.noSuchOption(command, quote(key), names) : msg.takesNoOptions(command) };
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
        return { ok: false, error: names.length ? msg.notUnderstood(quote(word), command, names, example(defs)) : msg.takesNoOptions(command) };
      }
    }
    if (out[def.name] !== undefined) return { ok: false, error: msg.givenTwice(def.name) };
    const v = validate(def, raw, command, msg);
    if (!v.ok) return v;
    out[def.name] = v.value;
  }
  for (const d of defs) {
    if (d.kind === 'choice' && d.required && out[d.name] === undefined) {
      return { ok: false, error: msg.needs(command, d.name, d.choices) };
    }
  }
  return { ok: true, value: withDefaults(specs, out) };
}

/** The values with every declared default filled in (a range's key, a text's ''); given values are kept. */
export function withDefaults(specs: OptionSpecs, values: OptionValues): OptionValues {
  const out: OptionValues = { ...values };
  for (const [name, spec] of Object.entries(specs)) {
    if (out[name] !== undefined) continue;
    if (spec.kind === 'range') out[name] = spec.default;
    else if (spec.kind === 'text') out[name] = '';
  }
  return out;
}

function example(defs: readonly OptionDef[]): string {
  return defs
    .map((d) => (d.kind === 'range' ? 'range:1y' : d.kind === 'date' ? 'date:2019-09-17' : d.kind === 'text' ? `${d.name}:…` : `${d.name}:${d.choices[0]}`))
    .join(' ');
}

/**
 * What tells two charts of one command apart, for file names: the range the chart shows (the one
 * asked for, else the command's default), the value of any choice option, and the day asked for
 * (/compare date:2019-09-17 draws another chart than /compare, with the same as-of date).
 */
export function chartVariantParts(specs: OptionSpecs, values: OptionValues): string[] {
  const parts: string[] = [];
  for (const def of optionList(specs)) {
    if (def.kind === 'range') parts.push(values[def.name] ?? def.default);
    else if (def.kind === 'choice' && values[def.name]) parts.push(values[def.name]!.toLowerCase());
  }
  if (values.date) parts.push(values.date);
  return parts;
}
