// FRED's unit of measure comes from /fred/series -> seriess[0].units, never a constant:
// WRESBAL and WTREGEN moved from billions to millions in 2025 (data-sources.md §2.5).
import { UpstreamFormatError } from './types.js';
import type { Unit } from '../core/types.js';

export type FredScale = { unit: Unit; factor: number };

/** Maps FRED's `units` text to our unit and the factor that turns a FRED value into it. */
export function scaleFromFredUnits(units: string, fredId: string): FredScale {
  const u = units.toLowerCase();
  if (u === 'percent' || u.startsWith('percent')) return { unit: 'percent', factor: 1 };
  if (/trillions? of (u\.s\. )?dollars/.test(u)) return { unit: 'usd', factor: 1e12 };
  if (/billions? of (u\.s\. )?dollars/.test(u)) return { unit: 'usd', factor: 1e9 };
  if (/millions? of (u\.s\. )?dollars/.test(u)) return { unit: 'usd', factor: 1e6 };
  if (/thousands? of (u\.s\. )?dollars/.test(u)) return { unit: 'usd', factor: 1e3 };
  if (/^(u\.s\. )?dollars$/.test(u)) return { unit: 'usd', factor: 1 };
  throw new UpstreamFormatError('FRED', `unknown units ${JSON.stringify(units)} for ${fredId}`);
}

/**
 * For the keyless CSV, which has no metadata: the expected order of magnitude of a dollar series,
 * in US dollars, lets us tell millions from billions. `typicalUsd` is a rough recent level.
 * Returns the factor (1e6 or 1e9) whose scaled value is closest to the typical level (in log terms).
 */
export function guessDollarFactor(latestValue: number, typicalUsd: number): number {
  const candidates = [1e6, 1e9];
  let best = candidates[0]!;
  let bestDist = Infinity;
  for (const f of candidates) {
    const dist = Math.abs(Math.log10(Math.abs(latestValue * f) || 1) - Math.log10(typicalUsd));
    if (dist < bestDist) {
      best = f;
      bestDist = dist;
    }
  }
  return best;
}
