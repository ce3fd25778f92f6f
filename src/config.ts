// One zod schema for every environment variable (design.md). Validated once at start;
// every variable here is listed in .env.example. Secrets are never printed: see describeConfig().
import { z } from 'zod';

const url = z
  .string()
  .url()
  .transform((s) => s.replace(/\/+$/, ''));

/** Topics a configured channel gets when its entry names none. */
export const CHANNEL_TOPICS = ['brief', 'h41', 'alerts'] as const;
export type ChannelTopic = (typeof CHANNEL_TOPICS)[number];
export type ConfiguredChannel = { chatId: string; topics: ChannelTopic[] };

/**
 * TELEGRAM_CHANNELS / DISCORD_CHANNELS: comma-separated `id[:topic+topic]`, e.g.
 * `-1001234567890:brief+alerts,@desk`; no topics = all three (brief, h41, alerts).
 */
const channelList = (idPattern: RegExp, idHint: string) =>
  z
    .string()
    .optional()
    .transform((raw, ctx): ConfiguredChannel[] => {
      const out = new Map<string, ConfiguredChannel>();
      for (const entry of (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
        const [id = '', topicText, ...extra] = entry.split(':');
        const topics = topicText === undefined ? [...CHANNEL_TOPICS] : topicText.split('+').map((t) => t.trim());
        const bad = topics.find((t) => !(CHANNEL_TOPICS as readonly string[]).includes(t));
        if (!idPattern.test(id) || extra.length || bad !== undefined || topics.length === 0) {
          ctx.addIssue({ code: 'custom', message: `each entry is ${idHint}[:topic+topic] with topics among ${CHANNEL_TOPICS.join(', ')} (entry ${out.size + 1} is not)` });
          return [];
        }
        out.set(id, { chatId: id, topics: [...new Set(topics as ChannelTopic[])] });
      }
      return [...out.values()];
    });

const positiveInt = (def: number) => z.coerce.number().int().positive().default(def);

/** A token: any non-blank text; never echoed (see describeConfig and loadConfig's messages). */
const optionalSecret = z.string().trim().min(1).optional().or(z.literal('').transform(() => undefined));

export const configSchema = z.object({
  /** Read by main.ts before the rest: the env file loaded when present (empty: none). */
  ENV_FILE: z.string().default('.env'),
  DATA_MODE: z.enum(['live', 'snapshot']).default('live'),
  FRED_API_KEY: z
    .string()
    .regex(/^[a-z0-9]{32}$/, 'FRED_API_KEY must be the 32-character lower-case key from fredaccount.stlouisfed.org')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NYFED_BASE_URL: url.default('https://markets.newyorkfed.org'),
  FRED_BASE_URL: url.default('https://api.stlouisfed.org'),
  FRED_GRAPH_BASE_URL: url.default('https://fred.stlouisfed.org'),
  TREASURY_BASE_URL: url.default('https://api.fiscaldata.treasury.gov/services/api/fiscal_service'),
  HTTP_TIMEOUT_MS: positiveInt(5000),
  HTTP_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** One deadline per answer (issue 9): past it, the answer is built from what is in hand, marked stale. */
  ANSWER_DEADLINE_MS: z.coerce.number().int().min(200).max(60_000).default(4000),
  DB_PATH: z.string().min(1).default('./var/liquidity.sqlite'),
  /** PostgreSQL for the durable store (subscriptions, alert state, delivery ledger) instead of the SQLite file. A secret: it may hold a password. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/i, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CHART_THEME: z.enum(['light', 'dark']).default('dark'),
  OUT_DIR: z.string().min(1).default('./out'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),

  // The HTTP server (issue 14): health, readiness and metrics on PORT; the Discord interactions
  // endpoint and the Telegram webhook share it.
  PORT: z.coerce.number().int().min(1).max(65535).optional().or(z.literal('').transform(() => undefined)),
  /** Largest request body any endpoint reads (413 above it). */
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(262_144),
  /** On SIGTERM/SIGINT, how long answers in flight may take to finish before the process exits. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),

  // Discord (issue 3): the adapter starts when DISCORD_TOKEN is set.
  DISCORD_TOKEN: optionalSecret,
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{15,25}$/, 'DISCORD_APPLICATION_ID must be the numeric application id').optional().or(z.literal('').transform(() => undefined)),
  DISCORD_GUILD_ID: z.string().regex(/^\d{15,25}$/, 'DISCORD_GUILD_ID must be a numeric server id').optional().or(z.literal('').transform(() => undefined)),
  DISCORD_API_BASE: url.optional().or(z.literal('').transform(() => undefined)),
  /** The application's public key: with it, interactions come to POST /discord/interactions on PORT instead of the gateway. */
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'DISCORD_PUBLIC_KEY must be the 64 hex characters of the application\'s public key').optional().or(z.literal('').transform(() => undefined)),
  /** Per-user cooldown: at most this many commands ... */
  DISCORD_COOLDOWN_COMMANDS: positiveInt(5),
  /** ... in this many seconds. */
  DISCORD_COOLDOWN_SECONDS: positiveInt(10),

  // Telegram (issue 4): the adapter starts when TELEGRAM_BOT_TOKEN is set.
  TELEGRAM_BOT_TOKEN: optionalSecret,
  TELEGRAM_API_ROOT: url.optional().or(z.literal('').transform(() => undefined)),
  TELEGRAM_WEBHOOK_URL: url.optional().or(z.literal('').transform(() => undefined)),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'TELEGRAM_WEBHOOK_SECRET may hold only A-Z a-z 0-9 _ - (1-256 characters)').optional().or(z.literal('').transform(() => undefined)),

  // Posting (issue 13): channels subscribed from configuration, kept in sync with the store at start.
  TELEGRAM_CHANNELS: channelList(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/, 'a Telegram chat id (-100...) or @channelname'),
  DISCORD_CHANNELS: channelList(/^\d{15,25}$/, 'a numeric Discord channel id'),
}).superRefine((c, ctx) => {
  if (c.DISCORD_PUBLIC_KEY && !c.DISCORD_APPLICATION_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_PUBLIC_KEY is set' });
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_TOKEN is set' });
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required when TELEGRAM_WEBHOOK_URL is set' });
});

export type Config = z.infer<typeof configSchema>;

/** Every variable that holds a secret: never printed, and taken out of every log line (log.ts). */
export const SECRET_KEYS = ['FRED_API_KEY', 'DATABASE_URL', 'DISCORD_TOKEN', 'TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'] as const satisfies readonly (keyof Config)[];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; on failure names each bad variable (never its value). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const v = env[key];
    if (v !== undefined) picked[key] = v;
  }
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

/** A loggable view of the configuration: secrets reduced to "set" / "not set". */
export function describeConfig(c: Config): Record<string, string | number | undefined> {
  const { TELEGRAM_CHANNELS, DISCORD_CHANNELS, ...rest } = c;
  const out: Record<string, string | number | undefined> = { ...rest, TELEGRAM_CHANNELS: TELEGRAM_CHANNELS.length, DISCORD_CHANNELS: DISCORD_CHANNELS.length };
  for (const key of SECRET_KEYS) out[key] = c[key] ? 'set' : 'not set';
  return out;
}
