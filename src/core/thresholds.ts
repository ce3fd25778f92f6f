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

/**
 * Standing Repo Facility usage: above $50B in a day is what market commentary reads as banks
 * leaning on the Fed's backstop rather than testing it (the issue brief). Any real usage beyond a
 * token $1B is worth watching: outside quarter-ends and tests the facility sat at zero for years.
 */
export const SRF_USAGE_STRESS = 50e9;
export const SRF_USAGE_WATCH = 1e9;

/**
 * SOFR against the SRF minimum bid rate (the corridor's ceiling): printing above it means dealers pay
 * more in the market than the Fed charges, the clearest sign repo is short of cash (2025-10-31:
 * 4.22% vs 4.00%). Within 5 bp of it is watch: SOFR normally sits 15-20 bp under the ceiling.
 */
export const SOFR_SRF_WATCH_BP = -5;

/**
 * ON RRP take-up: the buffer of idle cash that absorbs drains before they reach reserves. Under
 * $50B it is practically spent (it held $2T+ in 2022-23 and fell to tens of billions in late 2025,
 * when repo rates broke above the corridor's ceiling); under $10B it is gone: every further drain
 * (TGA rebuild, QT, settlements) comes one for one out of bank reserves.
 */
export const RRP_BUFFER_WATCH = 50e9;
export const RRP_BUFFER_STRESS = 10e9;

/**
 * Under this the ON RRP buffer is low enough that /rrp says any further drain (TGA rebuild, QT,
 * settlements) comes out of bank reserves; above it the buffer still absorbs drains first.
 */
export const RRP_BUFFER_LOW = 100e9;

/**
 * The Treasury's end-of-quarter cash balance target: $850B, the assumption the Treasury has used in
 * its quarterly refunding financing estimates since 2024. AN ASSUMPTION: the target changes each
 * quarter and the bot does not read it. A TGA above it is a build beyond plan that drains reserves;
 * $100B beyond it is a drain on the scale of a whole ON RRP buffer in late 2025.
 */
export const TGA_CASH_TARGET = 850e9;
export const TGA_STRESS_MARGIN = 100e9;

/** SOFR minus the ON RRP rate at or above this is stress (watch from half of it). */
export const SOFR_RRP_SPREAD_CALM_BP = 10;
