// The answer service with one observer: every command asked is reported once, with its outcome and
// how long it took (the log line and the metrics both come from here). A subclass rather than a
// hook inside service.ts, so the service itself stays as it is.
import type { ChatContext } from '../core/chats.js';
import { AnswerService, type AnswerServiceOptions, type AskResult } from './service.js';

export type CommandOutcome = 'ok' | 'cached' | 'user_error' | 'internal_error';
export type CommandEvent = { command: string; outcome: CommandOutcome; ms: number; ref?: string };
export type CommandObserver = (e: CommandEvent) => void;

export function outcomeOf(r: AskResult): CommandOutcome {
  if (r.ok) return r.cached ? 'cached' : 'ok';
  return r.kind === 'user' ? 'user_error' : 'internal_error';
}

export class ObservedAnswerService extends AnswerService {
  private readonly known: Set<string>;

  constructor(
    opts: AnswerServiceOptions,
    private readonly observe: CommandObserver,
  ) {
    super(opts);
    this.known = new Set(opts.commands.map((c) => c.name));
  }

  override async ask(name: string, words: readonly string[], locale = 'en', chat?: ChatContext): Promise<AskResult> {
    const started = performance.now();
    const r = await super.ask(name, words, locale, chat);
    // Unknown names are one label, so that typed junk cannot grow the metrics without bound.
    const lower = name.toLowerCase();
    const command = this.known.has(lower) ? lower : 'unknown';
    try {
      this.observe({ command, outcome: outcomeOf(r), ms: performance.now() - started, ...(!r.ok && r.ref ? { ref: r.ref } : {}) });
    } catch {
      // An observer never fails a command.
    }
    return r;
  }
}
