// What a command is: its declaration and a handler that turns data into an answer draft.
// Platform-neutral: Discord, Telegram and the terminal all read the same declaration.
import type { ChartSpec } from '../charts/spec.js';
import type { ChatContext, ChatSettingsPort } from './chats.js';
import type { Messages } from './messages/index.js';
import { withDefaults, type OptionSpecs, type OptionValues, type OptionValuesOf } from './options.js';
import type { PolicyTable } from './rates.js';
import type { Answer, DateWindow, IsoDate, Series, SeriesId } from './types.js';

/**
 * An answer before its chart is rendered: the chart is still a spec. `behind` is the command's own
 * judgement of its data's age, shown first: a note when it answers with older data than asked (a
 * day past the data, a source that ends early), null when the data is as new as asked (a question
 * about a past day is not stale), undefined when the command does not say.
 */
export type AnswerDraft = Omit<Answer, 'chart' | 'stale'> & { chart?: ChartSpec; behind?: string | null };

export type SeriesResult = { series: Series; missing?: undefined } | { series: null; missing: string };

export interface CommandContext {
  readonly locale: string;
  readonly msg: Messages;
  readonly now: Date;
  /** Today in New York. */
  readonly today: IsoDate;
  readonly mode: 'live' | 'snapshot';
  /** Reads a series over a window; stale notes are collected for the answer automatically. */
  read(id: SeriesId, window: DateWindow): Promise<SeriesResult>;
  /**
   * The administered rates (corridor walls) by effective date: the dated table, extended in live
   * mode with target-range changes the NY Fed has published since the table ends.
   */
  policy(): Promise<PolicyTable>;
  /** Newest observation of a series and its source, for /about. */
  newest(id: SeriesId): Promise<{ date: IsoDate; source: string } | null>;
  /**
   * Runs another command of the registry with option words ("range:1y", "2019-09-17") inside this
   * answer (its reads count for this answer's cache and staleness). For /ask, which routes free
   * text. Throws UserError for an unknown command or invalid options.
   */
  runCommand(name: string, words: readonly string[]): Promise<AnswerDraft>;
  /** The registry (names and options), for /help and /ask's router. */
  readonly commands: readonly CommandInfo[];
  /**
   * The chat that asked, for commands declared `perChat` only (absent for the others, and in the
   * terminal). The adapter decides `canManage`; the command decides what needs it.
   */
  readonly chat?: ChatContext;
  /** The chat's settings and subscriptions in the durable store, for `perChat` commands when a store is open. */
  readonly chats?: ChatSettingsPort;
  /** The language the asker's own client reports, before any chat language (for `perChat` commands). */
  readonly clientLocale?: string;
}

/**
 * What every platform reads of a command: its name and its options, keyed by name. Its words (the
 * description and each option's) are in the catalog under the same names (commandText.ts).
 */
export type CommandInfo = {
  readonly name: string;
  readonly options: OptionSpecs;
  /**
   * It changes the chat (its subscriptions, its language): only who may manage the chat may run it
   * (the service refuses the others before it runs), and Discord shows it by default only to
   * members with Manage Channels (default_member_permissions). Implies perChat.
   */
  readonly changesChat?: boolean;
};

export type Command = CommandInfo & {
  /**
   * The answer depends on the chat that asks (its subscriptions, its language): it gets ctx.chat and
   * ctx.chats, and is never cached nor shared with another asker's identical question.
   */
  readonly perChat?: boolean;
  run(options: OptionValues, ctx: CommandContext): Promise<AnswerDraft>;
};

/** A command as written in commands/<name>.ts: run()'s first argument is typed from `options`. */
export type CommandDeclaration<O extends OptionSpecs> = {
  readonly name: string;
  /** See Command.perChat. */
  readonly perChat?: boolean;
  /** See CommandInfo.changesChat. */
  readonly changesChat?: boolean;
  readonly options: O;
  run(options: OptionValuesOf<O>, ctx: CommandContext): Promise<AnswerDraft>;
};

/**
 * Declares a command: `export default defineCommand({ name, options: { range: rangeOption('3m') },
 * async run({ range }, ctx) {...} })`. The registry holds it as a Command; its run() gets the
 * declared defaults even when called with values straight from code (the parser fills them too).
 */
export function defineCommand<const O extends OptionSpecs>(declaration: CommandDeclaration<O>): Command {
  const { name, options, perChat, changesChat } = declaration;
  return {
    name,
    options,
    ...(perChat || changesChat ? { perChat: true } : {}),
    ...(changesChat ? { changesChat } : {}),
    // The parser gives only declared options, validated (a choice is one of its choices, a required one present).
    run: (values, ctx) => declaration.run(withDefaults(options, values) as OptionValuesOf<O>, ctx),
  };
}

/** Something the user asked that cannot be answered as asked: one sentence saying what to type. */
export class UserError extends Error {
  override name = 'UserError';
}
