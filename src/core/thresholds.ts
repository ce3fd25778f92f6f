// Levels the market watches, in one place, each with where it comes from. The /stress signals and
// the alerts will read the same table.

/**
 * Bank reserves: $2.5-3.0T is the range market commentary treats as the edge of "ample" after QT
 * (the issue brief and style.md; reserves were $2.85T in the week of 2025-10-29 when SOFR traded
 * through the SRF rate). Below $2.5T, the September 2019 experience ($1.39T then, a much smaller
 * economy) says repo can spike.
 */
export const RESERVES_WATCH_BAND = { low: 2.5e12, high: 3.0e12 } as const;

/**
 * SOFR minus the ON RRP rate: about 20 bp is where market commentary starts calling repo tight
 * (the issue brief; on 2025-10-31 it was 47 bp with SOFR above the SRF rate). Calm days sit at a
 * few basis points, e.g. 2024-06-05: SOFR 5.33% against ON RRP 5.30%.
 */
export const SOFR_RRP_SPREAD_WATCH_BP = 20;
