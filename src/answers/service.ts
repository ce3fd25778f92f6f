// From a question ("/sofr range:1y" or a name and options) to a finished Answer, chart rendered.
// Every adapter calls this and only this. A repeated question on unchanged data is answered from a
// cache of finished Answers: each entry remembers what it read, and is reused while every one of
// those reads still gives the same newest point and the same staleness.
import { randomBytes } from 'node:crypto';
import type { ChartSpec, Theme } from '../charts/spec.js';
import type { ChatContext, ChatSettingsPort } from '../core/chats.js';
import { UserError, type Command, type CommandContext, type SeriesResult } from '../core/command.js';
import { daysBetween, easternToday } from '../core/dates.js';
import { nextRelease } from '../core/releases.js';
import { resolveLocale, type Locale } from '../core/locale.js';
import { messagesFor } from '../core/messages/index.js';
import { parseLine, parseOptions, type OptionValues } from '../core/options.js';
import type { Answer, DateWindow, SeriesId } from '../core/types.js';
import { ADMINISTERED_RATES, type PolicyTable } from '../core/rates.js';
import type { SeriesRead, SeriesReader } from '../sources/types.js';
import { changeRefusal } from './chatKit.js';
import { livePolicy } from './policy.js';

export type Renderer = (spec: ChartSpec, theme: Theme) => Promise<Uint8Array>;

/** `locale`: the catalog locale the answer is in (a chat's own language wins over the asker's client's); render it in that. */
export type AskResult =
  | { ok: true; answer: Answer; cached: boolean; locale: Locale }
  | { ok: false; error: string; kind: 'user' | 'internal'; ref?: string; locale: Locale };

export type Logger = { warn(msg: string, extra?: object): void; error(msg: string, extra?: object): void };

export type AnswerServiceOptions = {
  commands: readonly Command[];
  reader: SeriesReader;
  render: Renderer;
  theme: Theme;
  now?: () => Date;
  log?: Logger;
  /** Finished answers kept (least recently used dropped first). */
  cacheSize?: number;
  /**
   * One deadline per answer, in ms (ANSWER_DEADLINE_MS): reads still running when it is near
   * answer with what is in hand, marked stale, and go on in the background. Default 4000.
   */
  deadlineMs?: number;
  /**
   * The chats' settings and subscriptions (the durable store), when one is open: a chat's language
   * and the chat commands. A function, because the store opens after the service is built.
   */
  chats?: () => ChatSettingsPort | undefined;
};

/** Of an answer's deadline, what is kept for drawing the chart after the reads. */
const RENDER_RESERVE_MS = 300;

/** A snapshot answer about "now" older than this says its age in its first line. */
const SNAPSHOT_AGE_NOTE_DAYS = 7;

type Dep = { id: SeriesId; window: DateWindow; sig: string };
/** A finished answer, what it read, and when its "Next:" line stops being true. */
type Entry = { answer: Answer; deps: Dep[]; validUntil: number };

function signature(r: SeriesRead): string {
  if (!r.series) return `missing:${JSON.stringify(r.missing ?? null)}`;
  const p = r.series.points;
  const last = p[p.length - 1];
  return `${p.length}|${last?.date}|${last?.value}|${r.series.provenance.source}|${r.stale ? JSON.stringify(r.stale) : ''}`;
}

export class AnswerService {
  private readonly byName: Map<string, Command>;
  private readonly cache = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<AskResult>>();
  private readonly conflictsLogged = new Set<string>();
  private readonly now: () => Date;
  private readonly cacheSize: number;

  constructor(private readonly opts: AnswerServiceOptions) {
    this.byName = new Map(opts.commands.map((c) => [c.name, c]));
    this.now = opts.now ?? (() => new Date());
    this.cacheSize = opts.cacheSize ?? 500;
  }

  get commands(): readonly Command[] {
    return this.opts.commands;
  }

  /**
   * A typed line: "/sofr range:1y", "/sofr 2019-09-17", "sofr@MyBot 1y". `locale` is the asker's
   * client's language; `chat`, where the question was asked (its own language wins).
   */
  async askText(text: string, locale = 'en', chat?: ChatContext): Promise<AskResult> {
    const line = parseLine(text, messagesFor(locale).options);
    if (!line.ok) {
      const lang = await this.localeFor(locale, chat);
      const again = parseLine(text, messagesFor(lang).options);
      return { ok: false, error: again.ok ? line.error : again.error, kind: 'user', locale: resolveLocale(lang) };
    }
    return this.ask(line.value.command, line.value.words, locale, chat);
  }

  /** A command with its option words ("range:1y", "2019-09-17"); Discord passes `key:value` words. */
  async ask(name: string, words: readonly string[], locale = 'en', chat?: ChatContext): Promise<AskResult> {
    const lang = await this.localeFor(locale, chat);
    const command = this.byName.get(name.toLowerCase());
    if (!command) return { ok: false, error: messagesFor(lang).common.unknownCommand(name.slice(0, 32)), kind: 'user', locale: resolveLocale(lang) };
    const parsed = parseOptions(command.options, words, command.name, messagesFor(lang).options);
    if (!parsed.ok) return { ok: false, error: parsed.error, kind: 'user', locale: resolveLocale(lang) };
    if (command.perChat) return this.runForChat(command, parsed.value, lang, locale, chat);
    return this.run(command, parsed.value, lang);
  }

  /**
   * The language to answer in: the chat's own (set with /language) when it has one, else the
   * asker's client's. A store that cannot be read leaves the client's (logged): a question about
   * SOFR is not refused for a settings read.
   */
  async localeFor(clientLocale: string, chat?: ChatContext): Promise<string> {
    const port = chat ? this.opts.chats?.() : undefined;
    if (!chat || !port) return clientLocale;
    try {
      return (await port.settings(chat)).locale ?? clientLocale;
    } catch (err) {
      this.opts.log?.warn('chat settings could not be read; answering in the client language', { platform: chat.platform, error: err instanceof Error ? err.message : String(err) });
      return clientLocale;
    }
  }

  /** A command whose answer depends on the chat: computed every time, never cached nor shared. */
  private async runForChat(command: Command, options: OptionValues, locale: string, clientLocale: string, chat: ChatContext | undefined): Promise<AskResult> {
    const now = this.now();
    const deadline = this.opts.deadlineMs ?? 4000;
    const signal = AbortSignal.timeout(Math.max(deadline - Math.min(RENDER_RESERVE_MS, deadline / 4), 1));
    // Who may change the chat, for a command that changes it: decided here, from its declaration.
    const refused = command.changesChat && chat ? changeRefusal(messagesFor(locale), chat) : null;
    if (refused) return { ok: false, error: refused, kind: 'user', locale: resolveLocale(locale) };
    const port = this.opts.chats?.();
    const r = await this.compute(command, options, locale.toLowerCase(), now, easternToday(now), null, signal, {
      clientLocale,
      ...(chat ? { chat } : {}),
      ...(port ? { chats: port } : {}),
    });
    // The command may have changed the chat's language (/language): its answer is in the new one.
    return { ...r, locale: resolveLocale(await this.localeFor(clientLocale, chat)) };
  }

  private async run(command: Command, options: OptionValues, locale: string): Promise<AskResult> {
    const now = this.now();
    const today = easternToday(now);
    const msgLocale = locale.toLowerCase();
    const key = JSON.stringify([command.name, Object.entries(options).sort(), msgLocale, this.opts.theme, today]);
    // The answer's deadline, for every read it makes (cache checks included).
    const deadline = this.opts.deadlineMs ?? 4000;
    const signal = AbortSignal.timeout(Math.max(deadline - Math.min(RENDER_RESERVE_MS, deadline / 4), 1));
    const hit = await this.fromCache(key, signal);
    if (hit) return { ok: true, answer: hit, cached: true, locale: resolveLocale(locale) };
    const running = this.inFlight.get(key);
    if (running) return running;
    const p = this.compute(command, options, msgLocale, now, today, key, signal).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, p);
    return p;
  }

  private async fromCache(key: string, signal: AbortSignal): Promise<Answer | null> {
    const entry = this.cache.get(key);
    if (!entry) return null;
    if (this.now().getTime() >= entry.validUntil) {
      this.cache.delete(key);
      return null;
    }
    const reads = await Promise.all(entry.deps.map((dep) => this.opts.reader.read(dep.id, dep.window, { signal })));
    for (const [i, dep] of entry.deps.entries()) {
      const r = reads[i]!;
      const sig = signature(r);
      if (sig !== dep.sig) {
        this.cache.delete(key);
        return null;
      }
    }
    // Refresh its place in the LRU order.
    this.cache.delete(key);
    this.cache.set(key, entry);
    return entry.answer;
  }

  /** `key` null: not cached (a per-chat answer). `chatParts`: what a per-chat command gets besides. */
  private async compute(
    command: Command,
    options: OptionValues,
    locale: string,
    now: Date,
    today: string,
    key: string | null,
    signal: AbortSignal,
    chatParts: Pick<CommandContext, 'chat' | 'chats' | 'clientLocale'> = {},
  ): Promise<AskResult> {
    const deps: Dep[] = [];
    const staleNotes: string[] = [];
    const reader = this.opts.reader;
    let policy: Promise<PolicyTable> | undefined;
    // Every read is a dependency of the cached answer; only the command's own reads make it stale
    // (a failed target-range read just leaves the dated rate table in charge).
    const track = async (id: SeriesId, window: DateWindow) => {
      const r = await reader.read(id, window, { signal });
      // Why there is no data, or only older data, comes from the sources as identifiers; the reader's catalog words it.
      const words = messagesFor(locale).common;
      const year = Number(today.slice(0, 4));
      const result: SeriesResult = r.series ? { series: r.series } : { series: null, missing: words.missing(r.missing ?? { reason: 'notInSnapshot', series: id }, year) };
      deps.push({ id, window, sig: signature(r) });
      return { result, stale: r.stale ? words.stale(r.stale, year) : undefined };
    };
    const ctx: CommandContext = {
      locale,
      msg: messagesFor(locale),
      now,
      today,
      mode: reader.mode,
      commands: this.opts.commands.map(({ name, options: o }) => ({ name, options: o })),
      async read(id, window) {
        const { result, stale } = await track(id, window);
        if (stale && !staleNotes.includes(stale)) staleNotes.push(stale);
        return result;
      },
      policy: () => (policy ??= reader.mode === 'live' ? livePolicy(async (id, w) => (await track(id, w)).result, today, (c) => this.policyConflict(c)) : Promise.resolve(ADMINISTERED_RATES)),
      newest: (id) => reader.newest(id),
      runCommand: async (name, words) => {
        const other = this.byName.get(name.toLowerCase());
        if (!other) throw new UserError(messagesFor(locale).common.unknownCommand(name.slice(0, 32)));
        const parsed = parseOptions(other.options, words, other.name, messagesFor(locale).options);
        if (!parsed.ok) throw new UserError(parsed.error);
        return other.run(parsed.value, ctx);
      },
      ...chatParts,
    };
    try {
      const draft = await command.run(options, ctx);
      const { chart: spec, behind, ...rest } = draft;
      const answer: Answer = { ...rest };
      // The command's "older than asked" note leads: it is what the reader must know first.
      const notes = behind ? [behind, ...staleNotes] : staleNotes;
      if (notes.length) answer.stale = ctx.msg.common.staleFirst(notes);
      else if (behind === undefined && reader.mode === 'snapshot' && !options.date && spec) {
        // Asked about "now" from a snapshot that ends months ago: say how old, in the first line.
        const newest = draft.asOf[0]?.date;
        const age = newest ? daysBetween(newest, today) : 0;
        if (newest && age > SNAPSHOT_AGE_NOTE_DAYS) answer.stale = ctx.msg.common.snapshotAge(ctx.msg.common.day(newest), age);
      }
      if (spec && spec.lines.some((l) => l.points.length > 0)) {
        // The axis ticks and end labels are drawn in the reader's language too.
        const png = await this.opts.render({ ...spec, locale }, this.opts.theme);
        answer.chart = { png, alt: spec.alt, name: `${spec.name}.png` };
      }
      const releases = deps.map((d) => nextRelease(d.id, now).at.getTime());
      if (key !== null) this.remember(key, { answer, deps, validUntil: releases.length ? Math.min(...releases) : Number.POSITIVE_INFINITY });
      return { ok: true, answer, cached: false, locale: resolveLocale(locale) };
    } catch (err) {
      if (err instanceof UserError) return { ok: false, error: err.message, kind: 'user', locale: resolveLocale(locale) };
      const ref = randomBytes(3).toString('hex');
      this.opts.log?.error('command failed', { ref, command: command.name, error: err instanceof Error ? err.stack ?? err.message : String(err) });
      return { ok: false, error: messagesFor(locale).common.internalError(ref), kind: 'internal', ref, locale: resolveLocale(locale) };
    }
  }

  /** Logged once per conflict: the table is right by construction, so a disagreement needs a human. */
  private policyConflict(detail: string): void {
    if (this.conflictsLogged.has(detail)) return;
    this.conflictsLogged.add(detail);
    this.opts.log?.warn(messagesFor('en').common.policyConflict, { detail });
  }

  private remember(key: string, entry: Entry): void {
    this.cache.set(key, entry);
    while (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}
