// Posting runs in one process at a time: the one holding the store's posting role (a PostgreSQL
// advisory lock; always this process on SQLite). The others stand by and try again every minute,
// so when the poster stops or dies another takes over, and its start (resume, in-doubt rows) is
// safe because the previous holder is gone. Answers to commands are served by every instance.
import type { Logger } from '../log.js';
import type { Leadership, Store } from '../store/store.js';

export const POSTING_ROLE = 'liquidity-bot:posting';

export type LeaderOptions = {
  store: Pick<Store, 'lead'>;
  log: Logger;
  /** Starts posting (called each time the role is taken). */
  start(): Promise<void>;
  /** Stops posting (the role was lost, or the process stops). */
  stop(): Promise<void>;
  /** How often a standing-by process asks again. Default 60 s. */
  retryMs?: number;
};

export function postWhileLeader(opts: LeaderOptions): { stop(): Promise<void>; leading(): boolean } {
  const retryMs = opts.retryMs ?? 60_000;
  let role: Leadership | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let toldStandingBy = false;

  const later = () => {
    if (!stopped) timer = setTimeout(() => void attempt(), retryMs).unref();
  };
  const attempt = async (): Promise<void> => {
    if (stopped) return;
    let got: Leadership | null;
    try {
      got = await opts.store.lead(POSTING_ROLE);
    } catch (e) {
      opts.log.error('posting role could not be asked for; trying again', { error: e instanceof Error ? e.message : String(e) });
      return later();
    }
    if (!got) {
      if (!toldStandingBy) opts.log.info('another instance posts; this one answers commands and stands by to post');
      toldStandingBy = true;
      return later();
    }
    if (stopped) return void (await got.release());
    role = got;
    toldStandingBy = false;
    opts.log.info('posting from this instance');
    void got.lost.then(async (why) => {
      if (stopped || role !== got) return;
      opts.log.error('posting role lost (its database connection ended); stopping posts and asking again', { why });
      role = null;
      await opts.stop().catch(() => {});
      later();
    });
    await opts.start().catch((e: unknown) => opts.log.error('posting failed to start', { error: e instanceof Error ? e.message : String(e) }));
  };
  void attempt();
  return {
    leading: () => role !== null,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const held = role;
      role = null;
      if (held) {
        await opts.stop().catch(() => {});
        await held.release();
      }
    },
  };
}
