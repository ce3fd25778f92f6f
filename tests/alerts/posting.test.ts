// The posting side in process: threshold alerts stepped per chat on the stored state (one alert and
// one clearing for $49B, $51B, $52B, $49.9B, $30B of SRF usage; at most one alert for a signal that
// flaps around its threshold), each carrying its chart; quiet hours post silently; the brief and the
// alerts go out in the chat's language. The senders are in-memory; everything else is real.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createPosting } from '../../src/alerts/posting.js';
import type { PlatformSender, SendOptions } from '../../src/alerts/broadcaster.js';
import { AnswerService } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import type { Answer, Point, SeriesId } from '../../src/core/types.js';
import { createLogger } from '../../src/log.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import type { SeriesReader } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/store.js';
import { hasPngSignature } from '../helpers/png.js';

type Sent = { chatId: string; post: Answer; opts: SendOptions };

function memorySender(platform: 'telegram' | 'discord', sent: Sent[]): PlatformSender {
  let n = 0;
  return { platform, limits: { perSecond: 1000, inFlight: 8 }, async send(chatId, post, opts) { sent.push({ chatId, post, opts }); return String(++n); } };
}

/** The snapshot, with SRF usage replaced by the points a test feeds (the snapshot has none for 2025). */
function overlay(srf: Point[], pm: Point[] = []): SeriesReader {
  const snap = createSnapshotReader();
  return {
    mode: 'snapshot',
    newest: (id) => snap.newest(id),
    async read(id: SeriesId, w) {
      if (id !== 'SRF_VOLUME' && id !== 'SRF_PM') return snap.read(id, w);
      const points = (id === 'SRF_PM' ? pm : srf).filter((p) => p.date >= w.start && p.date <= w.end);
      return { series: { id, unit: 'usd', calendar: 'business', points, provenance: { source: 'NY Fed repo operations (test)', mode: 'snapshot' } } as never };
    },
  };
}

const DAYS = ['2025-10-20', '2025-10-21', '2025-10-22', '2025-10-23', '2025-10-24', '2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31'];

describe('alerts through the posting side', () => {
  let dir: string;
  let store: Store;
  const sent: Sent[] = [];
  const srf: Point[] = [];
  const pm: Point[] = [];
  const clock = { t: Date.parse('2025-10-31T14:00:00Z') };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liq-posting-'));
    store = await openStore({ dbPath: join(dir, 'bot.sqlite') });
    sent.length = 0;
    srf.length = 0;
    pm.length = 0;
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const posting = () => {
    const reader = overlay(srf, pm);
    const service = new AnswerService({ commands, reader, render: renderChart, theme: 'dark', now: () => new Date(clock.t) });
    return createPosting({ app: { service, reader, log: createLogger('error', () => {}) }, store, senders: [memorySender('telegram', sent), memorySender('discord', sent)], now: () => new Date(clock.t) });
  };
  const subscribe = (platform: 'telegram' | 'discord', chatId: string, topic: 'alerts' | 'brief', extra: Partial<{ rule: string; locale: string; quiet_from: string; quiet_to: string; time_zone: string }> = {}) =>
    store.subscriptions.add({ platform, chat_id: chatId, topic, rule: extra.rule ?? '', locale: extra.locale ?? 'en', time_zone: extra.time_zone ?? null, quiet_from: extra.quiet_from ?? null, quiet_to: extra.quiet_to ?? null, origin: 'command', created_by: null });

  async function feed(p: ReturnType<typeof posting>, values: number[]) {
    for (const [i, v] of values.entries()) {
      const point = { date: DAYS[i % DAYS.length]!.replace(/^2025/, String(2025 + Math.floor(i / DAYS.length))), value: v };
      srf.push(point);
      await p.onRelease('SRF_VOLUME', point);
      await p.settled();
    }
  }

  it('SRF usage $49B, $51B, $52B, $49.9B, $30B: one alert and one clearing per chat, each with its chart', async () => {
    await subscribe('telegram', '-100201', 'alerts');
    await subscribe('discord', '555000000000000001', 'alerts', { rule: 'srfUsage' });
    await subscribe('telegram', '-100202', 'alerts', { rule: 'reservesLow' }); // follows another rule only
    const p = posting();
    await feed(p, [49e9, 51e9, 52e9, 49.9e9, 30e9]);
    const titles = sent.map((s) => `${s.chatId} ${s.post.title}`);
    expect(sent).toHaveLength(4);
    expect(titles.filter((t) => t.includes('Alert: SRF usage above $50.0B ($51.0B on'))).toHaveLength(2);
    expect(titles.filter((t) => t.includes('Cleared: SRF usage above $50.0B no longer ($30.0B on'))).toHaveLength(2);
    expect(sent.some((s) => s.chatId === '-100202')).toBe(false);
    for (const s of sent) expect(hasPngSignature(s.post.chart!.png)).toBe(true);
    // The state per chat: armed again, having seen the last observation.
    expect(await store.alerts.get({ platform: 'telegram', chatId: '-100201' }, 'srfUsage')).toMatchObject({ phase: 'armed', observed_value: 30e9 });
  });

  it('a signal flapping around its threshold 20 times alerts at most once', async () => {
    await subscribe('telegram', '-100301', 'alerts');
    const p = posting();
    await feed(p, Array.from({ length: 20 }, (_, i) => (i % 2 ? 50.5e9 : 49.5e9)));
    expect(sent.filter((s) => s.post.title.includes('Alert'))).toHaveLength(1);
    expect(sent.filter((s) => s.post.title.includes('Cleared'))).toHaveLength(0);
  });

  it('the same observation handed twice (a restart, a catch-up) steps the state once', async () => {
    await subscribe('telegram', '-100401', 'alerts');
    const p = posting();
    const point = { date: '2025-10-31', value: 50.35e9 };
    srf.push(point);
    await p.onRelease('SRF_VOLUME', point);
    await p.onRelease('SRF_VOLUME', point);
    await p.settled();
    expect(sent).toHaveLength(1);
  });

  it('the SRF\'s afternoon operation raising the same day\'s total past the threshold alerts once', async () => {
    await subscribe('telegram', '-100451', 'alerts');
    const p = posting();
    const morning = { date: '2025-10-31', value: 45e9 };
    srf.push(morning);
    await p.onRelease('SRF_VOLUME', morning);
    await p.settled();
    expect(sent).toHaveLength(0);
    srf.splice(0, 1, { date: '2025-10-31', value: 55e9 });
    await p.onRelease('SRF_VOLUME', { date: '2025-10-31', value: 55e9 });
    await p.onRelease('SRF_VOLUME', { date: '2025-10-31', value: 55e9 });
    await p.settled();
    expect(sent.map((s) => s.post.title)).toEqual([expect.stringContaining('Alert: SRF usage above $50.0B ($55.0B on')]);
  });

  it('a morning operation with no take-up after a stressed day is not a clearing; the afternoon total decides', async () => {
    await subscribe('telegram', '-100461', 'alerts');
    const p = posting();
    const day = async (id: 'SRF_AM' | 'SRF_PM', date: string, total: number, opValue: number) => {
      const i = srf.findIndex((x) => x.date === date);
      if (i >= 0) srf.splice(i, 1);
      srf.push({ date, value: total });
      if (id === 'SRF_PM') pm.push({ date, value: opValue });
      await p.onRelease(id, { date, value: opValue });
      await p.settled();
    };
    await day('SRF_AM', '2025-10-30', 60e9, 60e9); // fires
    await day('SRF_PM', '2025-10-30', 60e9, 0);
    await day('SRF_AM', '2025-10-31', 0, 0); // a zero morning: not a clearing
    await day('SRF_PM', '2025-10-31', 58e9, 58e9); // still stressed: no second alert
    expect(sent.map((s) => s.post.title.split(' (')[0])).toEqual(['🔴 Alert: SRF usage above $50.0B']);
    await day('SRF_AM', '2025-11-03', 0, 0);
    await day('SRF_PM', '2025-11-03', 0, 0); // a whole calm day: the clearing
    expect(sent.map((s) => s.post.title.split(' (')[0])).toEqual(['🔴 Alert: SRF usage above $50.0B', '🟢 Cleared: SRF usage above $50.0B no longer']);
  });

  it('a chat that unsubscribes from alerts while one is standing and resubscribes later gets the next alert', async () => {
    const c = { platform: 'telegram' as const, chatId: '-100601' };
    const request = { topic: 'alerts' as const, rule: null, locale: 'en', timeZone: undefined, quiet: undefined, createdBy: 'u1' };
    await store.chats.subscribe(c, request);
    const p = posting();
    const step = async (date: string, value: number) => {
      const point = { date, value };
      srf.push(point);
      await p.onRelease('SRF_VOLUME', point);
      await p.settled();
    };
    await step('2025-10-27', 60e9);
    expect(sent.map((s) => s.post.title)).toEqual([expect.stringContaining('Alert: SRF usage above $50.0B')]);
    expect(await store.chats.unsubscribe(c, 'alerts')).toBe(1);
    await step('2025-10-28', 10e9); // calm again, while the chat follows nothing
    await store.chats.subscribe(c, request);
    await step('2025-10-29', 70e9);
    expect(sent.map((s) => s.post.title)).toEqual([expect.stringContaining('Alert: SRF usage above $50.0B ($60.0B'), expect.stringContaining('Alert: SRF usage above $50.0B ($70.0B')]);
  });

  it('posts silently inside the chat\'s quiet hours and in its language, never dropped', async () => {
    // 14:00Z is 10:00 in New York: inside 09:00-17:00 there, outside 23:00-07:00 in Taipei (22:00 there).
    await subscribe('telegram', '-100501', 'alerts', { quiet_from: '09:00', quiet_to: '17:00' });
    await subscribe('discord', '555000000000000002', 'alerts', { quiet_from: '23:00', quiet_to: '07:00', time_zone: 'Asia/Taipei', locale: 'zh-Hant' });
    const p = posting();
    await feed(p, [51e9]);
    expect(sent).toHaveLength(2);
    const tg = sent.find((s) => s.chatId === '-100501')!;
    const dc = sent.find((s) => s.chatId === '555000000000000002')!;
    expect(tg.opts.silent).toBe(true);
    expect(dc.opts.silent).toBe(false);
    expect(dc.opts.locale).toBe('zh-Hant');
    expect(dc.post.title).toContain('警示');
  });
});
