// `npm start -- --check`: is this deployment able to run? One line per check, exit 0 when every
// check passed, 1 otherwise. The configuration (every variable, named when bad), the database, the
// offline snapshot, and each data source reached once (live mode): the NY Fed (SOFR), FRED
// (WRESBAL; with FRED_API_KEY the key is checked too) and Treasury Fiscal Data (the TGA).
import { loadConfig, type Config } from './config.js';
import { configSecrets, scrubText } from './log.js';
import { createFredClient } from './sources/fred.js';
import { createHttpClient, httpOptionsFromConfig } from './sources/http.js';
import { createNyfedClient } from './sources/nyfed.js';
import { createSnapshotReader } from './sources/snapshot.js';
import { createTreasuryClient } from './sources/treasury.js';
import { openDatabase } from './store/db.js';

export type CheckLine = { ok: boolean; name: string; detail: string };

async function attempt(name: string, fn: () => Promise<string> | string): Promise<CheckLine> {
  try {
    return { ok: true, name, detail: await fn() };
  } catch (e) {
    return { ok: false, name, detail: e instanceof Error ? e.message : String(e) };
  }
}

function lastTwoWeeks(now: Date): { start: string; end: string } {
  const end = now.toISOString().slice(0, 10);
  const start = new Date(now.getTime() - 14 * 86_400_000).toISOString().slice(0, 10);
  return { start, end };
}

export async function runChecks(env: Record<string, string | undefined>, out: (line: string) => void): Promise<number> {
  let config: Config;
  const lines: CheckLine[] = [];
  const say = (l: CheckLine, secrets: string[] = []) => {
    lines.push(l);
    out(scrubText(`${l.ok ? 'ok  ' : 'FAIL'} ${l.name}: ${l.detail}`, secrets));
  };
  try {
    config = loadConfig(env);
    say({ ok: true, name: 'configuration', detail: `DATA_MODE=${config.DATA_MODE}` });
  } catch (e) {
    say({ ok: false, name: 'configuration', detail: (e instanceof Error ? e.message : String(e)).replace(/\n\s*/g, '; ') });
    return 1;
  }
  const secrets = configSecrets(config);
  say(
    await attempt('snapshot', async () => {
      const n = await createSnapshotReader().newest('SOFR');
      if (!n) throw new Error('data/snapshot has no SOFR');
      return `SOFR to ${n.date}`;
    }),
    secrets,
  );
  if (config.DATA_MODE === 'live') {
    say(
      await attempt('database', () => {
        const db = openDatabase(config.DB_PATH);
        db.close();
        return config.DB_PATH;
      }),
      secrets,
    );
    const http = createHttpClient(httpOptionsFromConfig(config, { retries: 0 }));
    const window = lastTwoWeeks(new Date());
    // Reached and readable is the check; an empty fortnight (holidays, a late upstream) is said, not failed.
    const points = (n: number, what: string) => `answered (${n} ${what} points in the last 14 days)`;
    const checks = await Promise.all([
      attempt('NY Fed', async () => points((await createNyfedClient(http, config.NYFED_BASE_URL).fetchRates('SOFR', window))[0]?.points.length ?? 0, 'SOFR')),
      attempt('FRED', async () => points((await createFredClient(http, config).fetchSeries('WRESBAL', { start: addDaysIso(window.start, -14), end: window.end })).points.length, 'WRESBAL')),
      attempt('Treasury', async () => points((await createTreasuryClient(http, config.TREASURY_BASE_URL).fetchTga(window)).points.length, 'TGA')),
    ]);
    for (const c of checks) say(c, secrets);
  } else {
    say({ ok: true, name: 'sources', detail: 'not reached (DATA_MODE=snapshot reads no network)' });
  }
  return lines.every((l) => l.ok) ? 0 : 1;
}

function addDaysIso(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
