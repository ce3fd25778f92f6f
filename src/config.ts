// One zod schema for every environment variable (design.md). Validated once at start;
// every variable here is listed in .env.example. Secrets are never printed: see describeConfig().
import { z } from 'zod';

const url = z
  .string()
  .url()
  .transform((s) => s.replace(/\/+$/, ''));

const positiveInt = (def: number) => z.coerce.number().int().positive().default(def);

export const configSchema = z.object({
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
  DB_PATH: z.string().min(1).default('./var/liquidity.sqlite'),
  CHART_THEME: z.enum(['light', 'dark']).default('dark'),
  OUT_DIR: z.string().min(1).default('./out'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

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
export function describeConfig(c: Config): Record<string, string | number> {
  return {
    ...c,
    FRED_API_KEY: c.FRED_API_KEY ? 'set' : 'not set',
  };
}
