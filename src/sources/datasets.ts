// The upstream datasets the bot reads (liveRoutes.ts names them): one HTTP client, and one client
// per upstream (NY Fed, FRED paced to about 2 requests a second, Treasury Fiscal Data). The live
// reader and `npm run refresh-snapshot` both read through this, so the snapshot refresh fetches
// exactly what live mode would.
import type { Config } from '../config.js';
import type { DateWindow, Series } from '../core/types.js';
import { createFredClient, FRED, FRED_MIN_GAP_MS } from './fred.js';
import { createHttpClient, httpOptionsFromConfig, type HttpClient, type HttpOptions, type SourceLog } from './http.js';
import type { DatasetKey } from './liveRoutes.js';
import { createNyfedClient, NYFED } from './nyfed.js';
import { createPacer } from './pacer.js';
import { createTreasuryClient, TREASURY } from './treasury.js';

export type Dataset = { upstream: string; fetch: (w: DateWindow) => Promise<Series[]> };
export type Upstreams = { http: HttpClient; dataset(key: DatasetKey): Dataset };

export function createUpstreams(config: Config, opts: { now: () => Date; log: SourceLog; http?: Partial<HttpOptions> }): Upstreams {
  const http = createHttpClient(httpOptionsFromConfig(config, { log: opts.log, ...opts.http }));
  const nyfed = createNyfedClient(http, config.NYFED_BASE_URL, opts.now);
  // FRED is paced (about 2 requests a second); tests that stub the HTTP sleep stub this one too.
  const fred = createFredClient(http, config, opts.now, createPacer(FRED_MIN_GAP_MS, opts.http?.sleep));
  const treasury = createTreasuryClient(http, config.TREASURY_BASE_URL, opts.now);
  return {
    http,
    dataset(key) {
      if (key === 'nyfed:sofr') return { upstream: NYFED, fetch: (w) => nyfed.fetchRates('SOFR', w) };
      if (key === 'nyfed:effr') return { upstream: NYFED, fetch: (w) => nyfed.fetchRates('EFFR', w) };
      if (key === 'nyfed:rp') return { upstream: NYFED, fetch: (w) => nyfed.fetchRepoOperations(w) };
      if (key === 'treasury:tga') return { upstream: TREASURY, fetch: async (w) => [await treasury.fetchTga(w)] };
      const fredId = key.slice('fred:'.length);
      return { upstream: FRED, fetch: async (w) => [await fred.fetchSeries(fredId, w)] };
    },
  };
}
