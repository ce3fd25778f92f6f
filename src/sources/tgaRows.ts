// The Daily Treasury Statement's TGA closing balance across its three account-type eras
// (data-sources.md §3.3). Used by the live Fiscal Data client and the snapshot builder alike.
import type { Point } from '../core/types.js';

export type DtsRow = {
  record_date: string;
  account_type: string;
  open_today_bal?: string | null;
  close_today_bal?: string | null;
};

function amount(s: string | null | undefined): number | null {
  if (s === undefined || s === null) return null;
  const t = s.trim().replace(/,/g, '');
  if (t === '' || t === 'null') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * One point per record date, in US dollars (DTS amounts are millions):
 * - from 2022-04-18: the `... Closing Balance` row's open_today_bal (its close_today_bal is "null");
 * - 2021-10-01 to 2022-04-15: the `Treasury General Account (TGA)` row's close_today_bal;
 * - before: the `Federal Reserve Account` row's close_today_bal.
 * Dates with none of these are skipped, never guessed.
 */
export function tgaClosingBalances(rows: DtsRow[]): Point[] {
  const byDate = new Map<string, { closing?: number; tga?: number; fra?: number }>();
  for (const r of rows) {
    const d = byDate.get(r.record_date) ?? {};
    const type = r.account_type.trim();
    if (/closing balance$/i.test(type) && /treasury general account/i.test(type)) {
      const v = amount(r.open_today_bal) ?? amount(r.close_today_bal);
      if (v !== null) d.closing = v;
    } else if (type === 'Treasury General Account (TGA)') {
      const v = amount(r.close_today_bal);
      if (v !== null) d.tga = v;
    } else if (type === 'Federal Reserve Account') {
      const v = amount(r.close_today_bal);
      if (v !== null) d.fra = v;
    }
    byDate.set(r.record_date, d);
  }
  const out: Point[] = [];
  for (const [date, d] of byDate) {
    const millions = d.closing ?? d.tga ?? d.fra;
    if (millions !== undefined) out.push({ date, value: millions * 1e6 });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : 1));
}
