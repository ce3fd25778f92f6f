// Discord's HTTP interactions endpoint (DISCORD_PUBLIC_KEY): Discord POSTs each interaction to
// POST /discord/interactions on the shared HTTP server instead of sending it over the gateway, so
// any number of identical instances can sit behind a load balancer. Each request is checked against
// the application's Ed25519 public key (node:crypto, over timestamp + raw body): 401 when the
// signature is missing or wrong. PING gets PONG; autocomplete gets its choices; a slash command
// gets the same handling as over the gateway (interaction.ts): the first reply (an ephemeral
// refusal or the deferral) is the HTTP response, and the answer is then edited in over REST with
// the interaction's token (no bot token needed).
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { REST, Routes } from 'discord.js';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import type { HttpServer } from '../../http/server.js';
import { childLogger } from '../../log.js';
import { InFlight } from '../inflight.js';
import type { Adapter } from '../types.js';
import { Cooldown } from './cooldown.js';
import { createDiscordAgent } from './dispatcher.js';
import { handleSlashCommand, suggestions, type InteractionReplies } from './interaction.js';
import { DEFAULT_API_BASE } from './register.js';
import type { DiscordMessage } from './render.js';

export const INTERACTIONS_PATH = '/discord/interactions';

const PING = 1;
const APPLICATION_COMMAND = 2;
const AUTOCOMPLETE = 4;
const PONG = 1;
const CHANNEL_MESSAGE = 4;
const DEFERRED_CHANNEL_MESSAGE = 5;
const AUTOCOMPLETE_RESULT = 8;
const EPHEMERAL = 64;

/** The application's public key (64 hex characters, as the developer portal shows it). */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/**
 * How far a request's signed timestamp may be from our clock. Discord signs each request as it
 * sends it; a captured request replayed later fails this even though its signature is good.
 */
export const SIGNATURE_MAX_SKEW_S = 300;

/** True when `signature` (hex) signs timestamp + body with `key`, and the timestamp (Unix seconds) is within SIGNATURE_MAX_SKEW_S of `nowMs`. */
export function validSignature(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer, nowMs: number = Date.now()): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_MAX_SKEW_S) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

type RawOption = { name: string; type: number; value?: string | number | boolean; focused?: boolean; options?: RawOption[] };
type RawInteraction = {
  id: string;
  type: number;
  token: string;
  application_id: string;
  locale?: string;
  data?: { name: string; options?: RawOption[] };
  member?: { user?: { id: string } };
  user?: { id: string };
};

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

export function createDiscordHttpAdapter(app: App, config: Config, server: HttpServer): Adapter {
  if (!config.DISCORD_PUBLIC_KEY || !config.DISCORD_APPLICATION_ID) throw new Error('DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID are required for the interactions endpoint');
  const key = publicKeyFromHex(config.DISCORD_PUBLIC_KEY);
  const appId = config.DISCORD_APPLICATION_ID;
  const log = childLogger(app.log, { adapter: 'discord-http' });
  const work = app.work ?? new InFlight();
  const cooldown = new Cooldown(config.DISCORD_COOLDOWN_COMMANDS, config.DISCORD_COOLDOWN_SECONDS);
  // Webhook routes with the interaction token need no bot token (auth: false on every call).
  const rest = new REST({ version: '10', api: config.DISCORD_API_BASE ?? DEFAULT_API_BASE, agent: createDiscordAgent() });

  function replies(i: RawInteraction, res: ServerResponse): InteractionReplies & { answered: Promise<void> } {
    let acknowledged = false;
    let answered!: () => void;
    const first = new Promise<void>((r) => (answered = r));
    const original = Routes.webhookMessage(appId, i.token, '@original');
    return {
      async refuse(text) {
        acknowledged = true;
        json(res, { type: CHANNEL_MESSAGE, data: { content: text, flags: EPHEMERAL } });
        answered();
      },
      async defer() {
        acknowledged = true;
        json(res, { type: DEFERRED_CHANNEL_MESSAGE });
        answered();
      },
      async edit(m) {
        const files = 'files' in m ? (m as DiscordMessage).files : [];
        const { files: _f, ...body } = m as DiscordMessage & { content?: string };
        await rest.patch(original, {
          auth: false,
          body: { ...body, attachments: files.map((f, n) => ({ id: n, filename: f.name, description: f.description })) },
          files: files.map((f) => ({ name: f.name, data: f.attachment })),
        });
      },
      async followUpEphemeral(text) {
        await rest.post(Routes.webhook(appId, i.token), { auth: false, body: { content: text, flags: EPHEMERAL } });
      },
      async deleteOriginal() {
        await rest.delete(original, { auth: false });
      },
      get acknowledged() {
        return acknowledged;
      },
      answered: first,
    };
  }

  server.add({
    method: 'POST',
    path: INTERACTIONS_PATH,
    work: true,
    async handle(req, res, body) {
      const sig = req.headers['x-signature-ed25519'];
      const ts = req.headers['x-signature-timestamp'];
      if (!validSignature(key, typeof sig === 'string' ? sig : undefined, typeof ts === 'string' ? ts : undefined, body)) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('invalid request signature\n');
        return;
      }
      let i: RawInteraction;
      try {
        i = JSON.parse(body.toString('utf8')) as RawInteraction;
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (i.type === PING) return json(res, { type: PONG });
      const opts = i.data?.options ?? [];
      if (i.type === AUTOCOMPLETE) {
        const focused = opts.find((o) => o.focused);
        return json(res, { type: AUTOCOMPLETE_RESULT, data: { choices: focused ? suggestions(app, i.data?.name ?? '', focused.name, String(focused.value ?? '')) : [] } });
      }
      if (i.type !== APPLICATION_COMMAND || !i.data) {
        res.writeHead(400).end();
        return;
      }
      const command = {
        commandName: i.data.name,
        words: opts.filter((o) => o.value !== undefined && o.value !== null).map((o) => `${o.name}:${String(o.value)}`),
        userId: i.member?.user?.id ?? i.user?.id ?? 'unknown',
        locale: i.locale ?? 'en',
        token: i.token,
      };
      const r = replies(i, res);
      // The HTTP response is the first reply; the rest of the answer runs on (tracked for shutdown).
      const done = work.track(handleSlashCommand(app, cooldown, log, command, r));
      await Promise.race([done, r.answered]);
      if (!res.headersSent) res.writeHead(500).end();
    },
  });

  return {
    name: 'discord-http',
    async start() {
      log.info('discord interactions endpoint ready', { path: INTERACTIONS_PATH });
    },
    async stop(graceMs = 0) {
      await work.drain(graceMs);
    },
  };
}
