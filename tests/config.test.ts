// Configuration: every variable is documented, bad values are refused by name, secrets never echo.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, describeConfig, loadConfig } from '../src/config.js';

describe('given the environment', () => {
  it('every variable the schema reads is listed in .env.example, and nothing else is', () => {
    const listed = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split('=')[0]);
    expect(listed.sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('defaults give a working live configuration', () => {
    const c = loadConfig({});
    expect(c.DATA_MODE).toBe('live');
    expect(c.NYFED_BASE_URL).toBe('https://markets.newyorkfed.org');
    expect(c.FRED_API_KEY).toBeUndefined();
  });

  it('trailing slashes on base URLs are dropped', () => {
    expect(loadConfig({ NYFED_BASE_URL: 'http://127.0.0.1:9/' }).NYFED_BASE_URL).toBe('http://127.0.0.1:9');
  });

  it('bad values are refused by name, and a bad key is never echoed', () => {
    const secret = 'ABCDEF-not-a-real-key-0123456789';
    let err: unknown;
    try {
      loadConfig({ DATA_MODE: 'sometimes', FRED_API_KEY: secret, HTTP_TIMEOUT_MS: '-5', NYFED_BASE_URL: 'not a url' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    for (const name of ['DATA_MODE', 'FRED_API_KEY', 'HTTP_TIMEOUT_MS', 'NYFED_BASE_URL']) expect(msg).toContain(name);
    expect(msg).not.toContain(secret);
  });

  it('the loggable view says whether the FRED key is set, never what it is', () => {
    const key = 'abcdefabcdefabcdefabcdefabcdef12';
    const view = describeConfig(loadConfig({ FRED_API_KEY: key }));
    expect(view.FRED_API_KEY).toBe('set');
    expect(JSON.stringify(view)).not.toContain(key);
  });
});

describe('DATABASE_URL', () => {
  it('takes a postgres URL, keeps its password out of the loggable view, and refuses anything else by name', () => {
    const url = 'postgres://bot:s3cret-pw@db.internal:5432/liquidity';
    const c = loadConfig({ DATABASE_URL: url });
    expect(c.DATABASE_URL).toBe(url);
    expect(JSON.stringify(describeConfig(c))).not.toContain('s3cret-pw');
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    let msg = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://bot:s3cret-pw@db/x' });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toContain('DATABASE_URL');
    expect(msg).not.toContain('s3cret-pw');
  });
});
