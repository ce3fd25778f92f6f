// The one logger: pino JSON lines (level as a word, ISO time, msg), children that carry their
// bindings, and the one redaction of the configuration's secrets, in the message and in any field.
import { expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { childLogger, configSecrets, createLogger, redacting, type Logger } from '../src/log.js';

const config = loadConfig({ FRED_API_KEY: 'abcdefabcdefabcdefabcdefabcdef12', TELEGRAM_BOT_TOKEN: '42:Half-of-the-token_xyz', DISCORD_TOKEN: 'MTE.discord.token', DISCORD_APPLICATION_ID: '123456789012345678', TELEGRAM_WEBHOOK_SECRET: 'hook_secret' });

it('writes one JSON object a line with level, time and msg, filtered by level', () => {
  const lines: string[] = [];
  const log = createLogger('info', (l) => lines.push(l));
  log.debug('hidden');
  log.warn('visible', { n: 1 });
  expect(lines).toHaveLength(1);
  const o = JSON.parse(lines[0]!) as Record<string, unknown>;
  expect(o).toMatchObject({ level: 'warn', msg: 'visible', n: 1 });
  expect(new Date(String(o.time)).toISOString()).toBe(o.time);
});

it('a child per adapter carries its bindings, on pino and on hand-made loggers alike', () => {
  const lines: string[] = [];
  childLogger(createLogger('info', (l) => lines.push(l)), { adapter: 'discord' }).info('ready');
  expect(JSON.parse(lines[0]!)).toMatchObject({ adapter: 'discord', msg: 'ready' });
  const seen: object[] = [];
  const plain: Logger = { debug() {}, info: (m, x) => void seen.push({ m, ...x }), warn() {}, error() {} };
  childLogger(plain, { adapter: 'telegram' }).info('ready', { bot: 'b' });
  expect(seen).toEqual([{ m: 'ready', adapter: 'telegram', bot: 'b' }]);
});

it('takes every configured secret out of messages, nested fields, errors and URLs, in children too', () => {
  const lines: string[] = [];
  const log = createLogger('debug', (l) => lines.push(l), configSecrets(config));
  log.error(`failed with MTE.discord.token`, { nested: { url: 'https://api.telegram.org/bot42:Half-of-the-token_xyz/getMe', list: ['hook_secret'] } });
  childLogger(log, { adapter: 'x' }).warn('half', { e: new Error('token Half-of-the-token_xyz in text'), q: 'https://f/x?api_key=abcdefabcdefabcdefabcdefabcdef12&a=1' });
  log.info('encoded', { u: `https://x/?t=${encodeURIComponent('42:Half-of-the-token_xyz')}`, token: 'any' });
  const out = lines.join('\n');
  for (const s of ['MTE.discord.token', 'Half-of-the-token_xyz', 'hook_secret', 'abcdefabcdefabcdefabcdefabcdef12']) expect(out).not.toContain(s);
  expect(out).toContain('[redacted]');
  expect(JSON.parse(lines[1]!)).toMatchObject({ adapter: 'x', msg: 'half' });
});

it('redacting() wraps any logger (the app passes whatever it was given through it)', () => {
  const seen: string[] = [];
  const plain: Logger = { debug() {}, info: (m, x) => void seen.push(JSON.stringify({ m, ...x })), warn() {}, error() {} };
  redacting(plain, configSecrets(config)).info('t MTE.discord.token', { a: 'MTE.discord.token' });
  expect(seen[0]).not.toContain('MTE.discord.token');
});
