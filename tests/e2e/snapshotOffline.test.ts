// DATA_MODE=snapshot touches no network at all: every upstream points at a local server that
// counts requests, and every command is asked; the server sees nothing and no database is created.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startFakeUpstream } from '../helpers/fakeUpstream.js';

const dir = mkdtempSync(join(tmpdir(), 'liq-offline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('given DATA_MODE=snapshot', () => {
  it('every command answers without a single upstream request or a database file', async () => {
    const fake = await startFakeUpstream();
    try {
      const dbPath = join(dir, 'never.sqlite');
      const config = loadConfig({
        DATA_MODE: 'snapshot',
        NYFED_BASE_URL: fake.base,
        FRED_BASE_URL: fake.base,
        FRED_GRAPH_BASE_URL: fake.base,
        TREASURY_BASE_URL: fake.base,
        DB_PATH: dbPath,
        LOG_LEVEL: 'error',
      });
      const app = createApp(config, { now: () => new Date('2026-11-23T20:00:00Z') });
      for (const c of commands) {
        // A required choice (/explain topic) is asked with its first choice.
        const words = Object.values(c.options).flatMap((o) => (o.kind === 'choice' && o.required ? [o.choices[0]!] : []));
        const r = await app.service.ask(c.name, words);
        expect(r.ok, `/${c.name}: ${r.ok ? '' : r.error}`).toBe(true);
      }
      app.close();
      expect(fake.requests).toEqual([]);
      expect(existsSync(dbPath)).toBe(false);
    } finally {
      await fake.close();
    }
  });
});
