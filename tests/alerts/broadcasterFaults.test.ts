// The broadcaster when the store falters (a PostgreSQL restart, a network blip) and after a
// restart: a post the platform accepted is never sent again because its record failed once; a blip
// in the middle of a broadcast leaves nothing unsent once the sweep has run; a post resumed after a
// restart goes out in the language it was queued in. Real SQLite store, in-memory senders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Broadcaster, type PlatformSender } from '../../src/alerts/broadcaster.js';
import type { Answer } from '../../src/core/types.js';
import { createLogger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/store.js';

const answer = (locale: string): Answer => ({ title: `brief in ${locale}`, summary: [], fields: [], asOf: [], stale: false }) as unknown as Answer;

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'liq-bfault-'));
  store = await openStore({ dbPath: join(dir, 'bot.sqlite') });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function sender(sends: string[], delayMs = 0): PlatformSender {
  return {
    platform: 'telegram',
    limits: { perSecond: 1000, inFlight: 1 },
    async send(chatId, post) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      sends.push(`${chatId}:${post.title}`);
      return `m${sends.length}`;
    },
  };
}
const quiet = createLogger('error', () => {});
const chats = (n: number) => Array.from({ length: n }, (_, i) => ({ platform: 'telegram' as const, chatId: String(i + 1), locale: 'en' }));

describe('the broadcaster and a faltering store', () => {
  it('a post the platform accepted is not sent again when recording it fails once', async () => {
    const sends: string[] = [];
    const sent = store.ledger.sent.bind(store.ledger);
    let blips = 1;
    store.ledger.sent = async (...a) => {
      if (blips-- > 0) throw new Error('Connection terminated unexpectedly');
      return sent(...a);
    };
    const b = new Broadcaster({ store, senders: [sender(sends)], log: quiet, render: async (_k, l) => answer(l), sleep: async () => {} });
    const r = await b.broadcast('brief:2026-12-04', chats(1));
    expect(sends).toEqual(['1:brief in en']);
    expect(r.sent).toBe(1);
    expect(await store.ledger.counts('brief:2026-12-04')).toEqual({ sent: 1 });
  });

  it('a store outage in the middle of a broadcast: the broadcast ends without throwing, and the sweep sends the rest, each once', async () => {
    const sends: string[] = [];
    const claim = store.ledger.claim.bind(store.ledger);
    const failed = store.ledger.failed.bind(store.ledger);
    let down = false;
    store.ledger.claim = async (...a) => {
      if (down) throw new Error('Connection terminated unexpectedly');
      return claim(...a);
    };
    store.ledger.failed = async (...a) => {
      if (down) throw new Error('Connection terminated unexpectedly');
      return failed(...a);
    };
    // The store goes down after the third send and stays down through every retry of this broadcast.
    const s = sender(sends);
    const send = s.send.bind(s);
    s.send = async (...a) => {
      const id = await send(...a);
      if (sends.length === 3) down = true;
      return id;
    };
    const b = new Broadcaster({ store, senders: [s], log: quiet, render: async (_k, l) => answer(l), sleep: async () => {} });
    await expect(b.broadcast('brief:2026-12-04', chats(10))).resolves.toMatchObject({ sent: 3 });
    expect(await store.ledger.counts('brief:2026-12-04')).toEqual({ sent: 3, due: 7 });
    down = false;
    await b.sweep(() => 'en');
    expect(await store.ledger.counts('brief:2026-12-04')).toEqual({ sent: 10 });
    expect(new Set(sends).size).toBe(10);
    expect(sends).toHaveLength(10);
  });

  it('a post resumed after a restart goes out in the language it was queued in', async () => {
    await store.ledger.enqueue('brief:2026-12-04', [{ platform: 'telegram', chatId: '7', locale: 'zh-Hant' }]);
    const sends: string[] = [];
    const b = new Broadcaster({ store, senders: [sender(sends)], log: quiet, render: async (_k, l) => answer(l), sleep: async () => {} });
    // The chat's subscription rows now say English (say, an alerts row subscribed by someone else).
    await b.resume(() => 'en');
    expect(sends).toEqual(['7:brief in zh-Hant']);
  });
});
