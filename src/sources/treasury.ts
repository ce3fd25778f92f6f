// U.S. Treasury Fiscal Data: the Daily Treasury Statement's operating cash balance (DTS Table I),
// followed across pages, turned into the TGA closing balance per record date (data-sources.md §3).
import { z } from 'zod';
import type { DateWindow, Series } from '../core/types.js';
import { collapseRepeats } from '../core/plausibility.js';
import { SERIES_SHAPE } from './catalog.js';
import type { HttpClient } from './http.js';
import { tgaClosingBalances, type DtsRow } from './tgaRows.js';
import { UpstreamFormatError, UpstreamImplausibleError } from './types.js';
import { ISO_DATE, parseUpstream } from './validate.js';

export const TREASURY = 'U.S. Treasury DTS';
const PATH = '/v1/accounting/dts/operating_cash_balance';
const MAX_PAGES = 50;

// Every value is a string; missing is the string "null" (some mirrors send a JSON null).
const cell = z.string().nullish();
const pageSchema = z.object({
  data: z.array(
    z.object({
      record_date: z.string().regex(ISO_DATE, 'expected YYYY-MM-DD'),
      account_type: z.string(),
      open_today_bal: cell,
      close_today_bal: cell,
    }),
  ),
  meta: z.object({ 'total-pages': z.number().int().nonnegative() }),
  links: z.object({ next: z.string().nullish() }).optional(),
});

export type DtsPage = { rows: DtsRow[]; totalPages: number; hasNext: boolean };

export function parseDtsPage(json: unknown): DtsPage {
  const p = parseUpstream(pageSchema, json, TREASURY, 'operating cash balance page');
  const hasNext = p.links ? p.links.next != null : false;
  return { rows: p.data, totalPages: p.meta['total-pages'], hasNext };
}

/** The TGA series from DTS rows; rows without any TGA balance row mean the format moved on. */
export function tgaSeriesFromRows(rows: DtsRow[], url: string, retrievedAt: string): Series {
  const points = tgaClosingBalances(rows);
  if (rows.length > 0 && points.length === 0) {
    const types = [...new Set(rows.map((r) => r.account_type))].slice(0, 5).join('; ');
    throw new UpstreamFormatError(TREASURY, `no TGA balance row among account types: ${types}`);
  }
  return { id: 'TGA', ...SERIES_SHAPE.TGA, points, provenance: { source: TREASURY, seriesId: 'operating_cash_balance', url, retrievedAt } };
}

export function dtsUrl(baseUrl: string, w: DateWindow, page: number, pageSize = 10_000): string {
  const filter = encodeURIComponent(`record_date:gte:${w.start},record_date:lte:${w.end}`);
  return `${baseUrl}${PATH}?filter=${filter}&sort=record_date&page%5Bnumber%5D=${page}&page%5Bsize%5D=${pageSize}`;
}

export interface TreasuryClient {
  fetchTga(window: DateWindow): Promise<Series>;
}

export function createTreasuryClient(http: HttpClient, baseUrl: string, now: () => Date = () => new Date()): TreasuryClient {
  return {
    async fetchTga(window) {
      const rows: DtsRow[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const p = parseDtsPage(await http.getJson(dtsUrl(baseUrl, window, page), TREASURY));
        rows.push(...p.rows);
        // meta.total-pages is authoritative; links.next is only a hint (null on the last page).
        if (page >= p.totalPages) break;
        if (page === MAX_PAGES) throw new UpstreamFormatError(TREASURY, `more than ${MAX_PAGES} pages for ${window.start}..${window.end}`);
      }
      // One date and account type listed twice: equal rows collapse, different balances are refused.
      const unique = collapseRepeats(rows, (r) => `${r.record_date}|${r.account_type.trim()}`, (a, b) => a.open_today_bal === b.open_today_bal && a.close_today_bal === b.close_today_bal);
      if (!unique.ok) throw new UpstreamImplausibleError(TREASURY, `duplicate: ${unique.key.replace('|', ' ')} is listed twice with different balances`);
      return tgaSeriesFromRows(unique.rows, dtsUrl(baseUrl, window, 1), now().toISOString());
    },
  };
}
