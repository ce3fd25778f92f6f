// What the Discord adapter does with a slash command, whichever way it arrived (the gateway or the
// HTTP interactions endpoint): the decisions live here once; each transport supplies the replies.
//
// Ephemerality is fixed when an interaction is acknowledged, so everything that can be refused
// cheaply (unknown command, a bad option such as an invalid date, the cooldown) is refused BEFORE
// deferring, with one ephemeral line and no deferral. Everything else is deferred at once (public),
// then edited into the answer. When the command itself fails after the deferral (a date before the
// data starts, or an internal failure), the public "thinking" message cannot become ephemeral: the
// adapter edits it (which resolves the loading state, so that the next follow-up may be ephemeral),
// sends the error as an ephemeral follow-up and deletes the public message.
import { randomBytes } from 'node:crypto';
import type { App } from '../../app.js';
import { messagesFor } from '../../core/messages/index.js';
import { parseOptions } from '../../core/options.js';
import type { Logger } from '../../log.js';
import { LIMITS } from './commandJson.js';
import type { Cooldown } from './cooldown.js';
import { answerEmbed, type DiscordMessage } from './render.js';

/** A slash command as both transports see it: the name, `key:value` option words, who, which locale. */
export type SlashCommand = { commandName: string; words: string[]; userId: string; locale: string; token: string };

/** How a transport answers one interaction. */
export type InteractionReplies = {
  /** The first and only answer, ephemeral (nothing was deferred). */
  refuse(text: string): Promise<void>;
  /** Acknowledges publicly ("thinking..."); the answer comes with edit(). */
  defer(): Promise<void>;
  edit(message: DiscordMessage | { content: string }): Promise<void>;
  followUpEphemeral(text: string): Promise<void>;
  deleteOriginal(): Promise<void>;
  /** True once defer() or refuse() has answered. */
  readonly acknowledged: boolean;
};

/** An error's text for the log; an interaction token is not configuration, so it is taken out here. */
export function describeInteractionError(e: unknown, interactionToken?: string): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return interactionToken ? s.split(interactionToken).join('[interaction-token]') : s;
}

async function privateError(r: InteractionReplies, locale: string, text: string): Promise<void> {
  await r.edit({ content: messagesFor(locale).discord.movedToPrivate, embeds: [], files: [] } as DiscordMessage & { content: string });
  await r.followUpEphemeral(text);
  await r.deleteOriginal();
}

async function answer(app: App, cooldown: Cooldown, c: SlashCommand, r: InteractionReplies): Promise<void> {
  const msg = messagesFor(c.locale);
  const cmd = app.service.commands.find((x) => x.name === c.commandName);
  if (!cmd) return r.refuse(msg.common.unknownCommand(c.commandName.slice(0, LIMITS.name)));
  const verdict = cooldown.take(c.userId);
  if (!verdict.ok) {
    const wait = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    return r.refuse(msg.discord.cooldown(cooldown.limit, cooldown.seconds, wait));
  }
  const parsed = parseOptions(cmd.options, c.words, cmd.name, msg.options);
  if (!parsed.ok) return r.refuse(parsed.error);
  await r.defer();
  const result = await app.service.ask(cmd.name, c.words, c.locale);
  if (result.ok) return r.edit(answerEmbed(result.answer, c.locale));
  // An internal failure was logged by the service with the same ref the user reads.
  await privateError(r, c.locale, result.error);
}

/** Answers one slash command; never throws (a failure is logged and apologised for). */
export async function handleSlashCommand(app: App, cooldown: Cooldown, log: Logger, c: SlashCommand, r: InteractionReplies): Promise<void> {
  try {
    await answer(app, cooldown, c, r);
  } catch (e) {
    const ref = randomBytes(3).toString('hex');
    log.error('discord interaction failed', { ref, command: c.commandName, error: describeInteractionError(e, c.token) });
    const text = messagesFor(c.locale).common.internalError(ref);
    try {
      if (r.acknowledged) await privateError(r, c.locale, text);
      else await r.refuse(text);
    } catch (e2) {
      log.error('discord apology failed', { ref, error: describeInteractionError(e2, c.token) });
    }
  }
}

/** Suggestions for an option with more choices than Discord lists: those containing what was typed, prefix matches first. */
export function suggestions(app: App, commandName: string, option: string, typed: string): { name: string; value: string }[] {
  const options = app.service.commands.find((c) => c.name === commandName)?.options;
  const def = options && Object.hasOwn(options, option) ? options[option] : undefined;
  const choices = def?.kind === 'choice' ? def.choices : [];
  const q = typed.toLowerCase();
  const hits = choices.filter((c) => c.toLowerCase().includes(q));
  hits.sort((a, b) => Number(b.toLowerCase().startsWith(q)) - Number(a.toLowerCase().startsWith(q)));
  return hits.slice(0, LIMITS.choices).map((c) => ({ name: c, value: c }));
}
