import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, parseRetryAfter, redactSecrets, type HttpOptions } from '../../src/sources/http.js';
import { UpstreamFormatError, UpstreamUnavailableError } from '../../src/sources/types.js';
import { startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

let up: FakeUpstream;
let slept: number[];
beforeEach(async () => {
  up = await startFakeUpstream();
  slept = [];
});
afterEach(() => up.close());

const client = (o: Partial<HttpOptions> = {}) =>
  createHttpClient({
    timeoutMs: 400,
    retries: 2,
    backoffMs: () => 7,
    sleep: async (ms) => void slept.push(ms),
    now: () => new Date('2025-10-31T12:00:00Z'),
    ...o,
  });

describe('http client', () => {
  it('decodes gzip and sends a User-Agent', async () => {
    up.on('/a', { json: { ok: 1 }, gzip: true });
    expect(await client().getJson(`${up.base}/a`, 'Test')).toEqual({ ok: 1 });
    expect(up.requests[0]!.headers['user-agent']).toMatch(/^liquidity-bot\//);
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    up.on('/a', [{ status: 500, body: 'oops' }, { json: { ok: 2 } }]);
    expect(await client().getJson(`${up.base}/a`, 'Test')).toEqual({ ok: 2 });
    expect(up.count('/a')).toBe(2);
    expect(slept).toEqual([7]);
  });

  it('honours Retry-After in seconds on 429', async () => {
    up.on('/a', [{ status: 429, headers: { 'retry-after': '3' } }, { json: { ok: 3 } }]);
    expect(await client().getJson(`${up.base}/a`, 'Test')).toEqual({ ok: 3 });
    expect(slept).toEqual([3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    up.on('/a', [{ status: 503, headers: { 'retry-after': 'Fri, 31 Oct 2025 12:00:05 GMT' } }, { json: {} }]);
    await client().getJson(`${up.base}/a`, 'Test');
    expect(slept).toEqual([5000]);
  });

  it('never waits for a Retry-After beyond its bound: fails at once, carrying the delay', async () => {
    up.on('/a', [{ status: 429, headers: { 'retry-after': '86400' } }, { json: {} }]);
    const err = await client({ maxRetryAfterMs: 4000 }).getJson(`${up.base}/a`, 'Test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamUnavailableError);
    expect((err as UpstreamUnavailableError).retryAfterMs).toBe(86_400_000);
    expect((err as Error).message).toMatch(/HTTP 429 with Retry-After 86400 s/);
    expect(slept).toEqual([]);
    expect(up.count('/a')).toBe(1);
  });

  it('waits for a Retry-After within its bound', async () => {
    up.on('/a', [{ status: 429, headers: { 'retry-after': '2' } }, { json: {} }]);
    await client({ maxRetryAfterMs: 4000 }).getJson(`${up.base}/a`, 'Test');
    expect(slept).toEqual([2000]);
  });

  it('gives up after the configured retries with UpstreamUnavailableError and the status', async () => {
    up.on('/a', { status: 503 });
    const err = await client({ retries: 2 }).getJson(`${up.base}/a`, 'Test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamUnavailableError);
    expect((err as UpstreamUnavailableError).status).toBe(503);
    expect((err as Error).message).toMatch(/^Test: HTTP 503 after 3 attempts/);
    expect(up.count('/a')).toBe(3);
  });

  it('does not retry a 404', async () => {
    up.on('/a', { status: 404 });
    await expect(client().getJson(`${up.base}/a`, 'Test')).rejects.toThrow(/HTTP 404/);
    expect(up.count('/a')).toBe(1);
  });

  it('times out a server that never answers', async () => {
    up.on('/a', { hang: true });
    const t0 = Date.now();
    await expect(client({ timeoutMs: 150, retries: 1 }).getJson(`${up.base}/a`, 'Test')).rejects.toThrow(/no answer within 150 ms after 2 attempts/);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(up.count('/a')).toBe(2);
  });

  it('reports a refused connection as unavailable', async () => {
    const dead = up.base;
    await up.close();
    await expect(client({ retries: 0 }).getJson(`${dead}/a`, 'Test')).rejects.toBeInstanceOf(UpstreamUnavailableError);
    up = await startFakeUpstream();
  });

  it('calls an HTML page where JSON was expected a format error', async () => {
    up.on('/a', { body: '<!DOCTYPE html><html><body>Maintenance</body></html>', headers: { 'content-type': 'text/html' } });
    const err = await client().getJson(`${up.base}/a`, 'Test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamFormatError);
    expect((err as Error).message).toMatch(/expected JSON .* got an HTML page/);
  });

  it('keeps the api key out of errors and logs', async () => {
    const key = 'abcdefghijklmnopqrstuvwxyz012345';
    const lines: string[] = [];
    up.on('/fred/series', { status: 500 });
    const c = client({ secrets: [key], log: (_l, m) => void lines.push(m) });
    const err = await c.getJson(`${up.base}/fred/series?series_id=X&api_key=${key}`, 'FRED X').catch((e: unknown) => e);
    expect((err as Error).message).not.toContain(key);
    expect((err as Error).message).toContain('api_key=REDACTED');
    expect(lines.length).toBe(2);
    expect(lines.join('\n')).not.toContain(key);
  });
});

describe('parseRetryAfter and redactSecrets', () => {
  const now = new Date('2025-10-31T12:00:00Z');
  it('reads both forms and ignores junk', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Fri, 31 Oct 2025 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Fri, 31 Oct 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
  it('redacts api_key in raw and encoded URLs and listed secrets in free text', () => {
    expect(redactSecrets('x?a=1&api_key=SECRET&b=2')).toBe('x?a=1&api_key=REDACTED&b=2');
    expect(redactSecrets('api_key%3DSECRET')).toBe('api_key%3DREDACTED');
    expect(redactSecrets('key SECRET leaked', ['SECRET'])).toBe('key REDACTED leaked');
  });
});
