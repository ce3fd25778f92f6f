// The /stress signals: one table of thresholds and level rules, and the hysteresis that turns
// each signal's recent levels into the overall level. Pure: no I/O, no English for users (the
// catalog words each signal). The alerts will read the same table.
import {
  RESERVES_WATCH_BAND,
  RRP_BUFFER_STRESS,
  RRP_BUFFER_WATCH,
  SOFR_RRP_SPREAD_CALM_BP,
  SOFR_RRP_SPREAD_WATCH_BP,
  SOFR_SRF_WATCH_BP,
  SRF_USAGE_STRESS,
  SRF_USAGE_WATCH,
  TGA_CASH_TARGET,
  TGA_STRESS_MARGIN,
} from './thresholds.js';
import type { IsoDate, Point } from './types.js';

export type Level = 'calm' | 'watch' | 'stress';
export const LEVELS: readonly Level[] = ['calm', 'watch', 'stress'];
const RANK: Record<Level, number> = { calm: 0, watch: 1, stress: 2 };

export type SignalId = 'reserves' | 'sofrRrp' | 'srfUsage' | 'sofrSrf' | 'rrpBuffer' | 'tga';

export type SignalRule = {
  id: SignalId;
  /** How the value is written: an amount in USD or a spread in basis points. */
  unit: 'usd' | 'bp';
  /** The headline threshold (stress starts on its far side). */
  threshold: number;
  /** Where watch and stress start: both drawn on the chart, so what is drawn is what is judged. */
  lines: { watch: number; stress: number };
  /**
   * acute: funding is tight today (spreads to the corridor, SRF usage); the overall level follows
   * these. structural: the backdrop (reserves, the ON RRP buffer, the TGA), reported beside it.
   */
  kind: 'acute' | 'structural';
  /** calm / watch / stress for a value. */
  level: (value: number) => Level;
  /** Where the threshold comes from (one line; details in thresholds.ts). */
  basis: string;
  /** True when the threshold is our assumption rather than a published or market-watched level. */
  assumption?: boolean;
};

/** The table: each signal, its threshold, its level rules and where it comes from. */
export const SIGNALS: readonly SignalRule[] = [
  {
    id: 'reserves',
    kind: 'structural',
    lines: { watch: RESERVES_WATCH_BAND.high, stress: RESERVES_WATCH_BAND.low },
    unit: 'usd',
    threshold: RESERVES_WATCH_BAND.low,
    // > $3.0T calm, $2.5-3.0T watch, < $2.5T stress.
    level: (v) => (v < RESERVES_WATCH_BAND.low ? 'stress' : v <= RESERVES_WATCH_BAND.high ? 'watch' : 'calm'),
    basis: 'the $2.5-3.0T range market commentary treats as the edge of ample reserves',
  },
  {
    id: 'sofrRrp',
    kind: 'acute',
    lines: { watch: SOFR_RRP_SPREAD_CALM_BP, stress: SOFR_RRP_SPREAD_WATCH_BP },
    unit: 'bp',
    threshold: SOFR_RRP_SPREAD_WATCH_BP,
    // < 10 bp calm, 10-20 bp watch, >= 20 bp stress.
    level: (v) => (v >= SOFR_RRP_SPREAD_WATCH_BP ? 'stress' : v >= SOFR_RRP_SPREAD_CALM_BP ? 'watch' : 'calm'),
    basis: 'about 20 bp over the ON RRP rate is where the market starts calling repo tight; calm days sit a few bp over',
  },
  {
    id: 'srfUsage',
    kind: 'acute',
    lines: { watch: SRF_USAGE_WATCH, stress: SRF_USAGE_STRESS },
    unit: 'usd',
    threshold: SRF_USAGE_STRESS,
    // > $50B stress, > $1B watch.
    level: (v) => (v > SRF_USAGE_STRESS ? 'stress' : v > SRF_USAGE_WATCH ? 'watch' : 'calm'),
    basis: 'over $50B a day is banks leaning on the Fed backstop, not testing it',
  },
  {
    id: 'sofrSrf',
    kind: 'acute',
    lines: { watch: SOFR_SRF_WATCH_BP, stress: 0 },
    unit: 'bp',
    threshold: 0,
    // SOFR above the SRF rate stress, within 5 bp of it watch.
    level: (v) => (v > 0 ? 'stress' : v >= SOFR_SRF_WATCH_BP ? 'watch' : 'calm'),
    basis: 'SOFR above the SRF rate means the market pays more than the Fed charges for cash',
  },
  {
    id: 'rrpBuffer',
    kind: 'structural',
    lines: { watch: RRP_BUFFER_WATCH, stress: RRP_BUFFER_STRESS },
    unit: 'usd',
    threshold: RRP_BUFFER_WATCH,
    // < $10B stress, < $50B watch.
    level: (v) => (v < RRP_BUFFER_STRESS ? 'stress' : v < RRP_BUFFER_WATCH ? 'watch' : 'calm'),
    basis: 'under $50B the ON RRP buffer is practically spent; under $10B every drain hits reserves',
  },
  {
    id: 'tga',
    kind: 'structural',
    lines: { watch: TGA_CASH_TARGET, stress: TGA_CASH_TARGET + TGA_STRESS_MARGIN },
    unit: 'usd',
    threshold: TGA_CASH_TARGET,
    // <= $850B calm, above it watch, $100B above it stress.
    level: (v) => (v > TGA_CASH_TARGET + TGA_STRESS_MARGIN ? 'stress' : v > TGA_CASH_TARGET ? 'watch' : 'calm'),
    basis: "the Treasury's $850B end-of-quarter cash assumption in its quarterly refunding (an assumption)",
    assumption: true,
  },
];

/** The Standing Repo Facility started on 2021-07-28: no SRF signal is judged before it. */
export const SRF_START: IsoDate = '2021-07-28';

/** Whether a signal can be judged on a day (the facility it reads existed then). */
export function applies(id: SignalId, d: IsoDate): boolean {
  return (id === 'srfUsage' || id === 'sofrSrf') ? d >= SRF_START : true;
}

export function rule(id: SignalId): SignalRule {
  return SIGNALS.find((s) => s.id === id)!;
}

export function worst(levels: readonly Level[]): Level {
  return levels.reduce<Level>((m, l) => (RANK[l] > RANK[m] ? l : m), 'calm');
}

/** How many recent observations the hysteresis looks at, and how many must agree. */
export const HYSTERESIS = { window: 3, toEscalate: 2, toCalmDown: 3 } as const;

/**
 * A signal's settled level from its levels in date order (oldest first), so one print does not flip
 * it. Escalates to a level when at least 2 of the last 3 observations are at it or worse; steps down
 * only after 3 observations in a row below the current level, to the worst of those 3.
 */
export function settle(levels: readonly Level[]): Level {
  let state: Level = 'calm';
  for (let i = 0; i < levels.length; i++) {
    const recent = levels.slice(Math.max(0, i - HYSTERESIS.window + 1), i + 1);
    const atLeast = (l: Level) => recent.filter((x) => RANK[x] >= RANK[l]).length;
    const up: Level = atLeast('stress') >= HYSTERESIS.toEscalate ? 'stress' : atLeast('watch') >= HYSTERESIS.toEscalate ? 'watch' : 'calm';
    if (RANK[up] > RANK[state]) {
      state = up;
      continue;
    }
    const last = levels.slice(Math.max(0, i - HYSTERESIS.toCalmDown + 1), i + 1);
    if (last.length === HYSTERESIS.toCalmDown && last.every((l) => RANK[l] < RANK[state])) state = worst(last);
  }
  return state;
}

export type SignalReading = {
  id: SignalId;
  /** null: no data (the signal is unknown, never guessed). */
  latest: Point | null;
  /** Recent observations, oldest first, ending with `latest`. */
  history: Point[];
};

export type SignalState = SignalReading & { rule: SignalRule; level: Level | null; settled: Level | null };

/**
 * Each signal's level now and settled over its recent history; unknown signals stay null. The
 * overall level is the worst settled acute signal; `structural` the worst settled structural one.
 */
export function assess(readings: readonly SignalReading[]): { signals: SignalState[]; overall: Level; structural: Level; unknown: SignalId[] } {
  const signals = readings.map((r) => {
    const ru = rule(r.id);
    return {
      ...r,
      rule: ru,
      level: r.latest ? ru.level(r.latest.value) : null,
      settled: r.latest ? settle(r.history.map((p) => ru.level(p.value))) : null,
    };
  });
  const known = signals.filter((s) => s.settled !== null);
  // The overall level follows the acute signals: a drained ON RRP buffer is a condition, not stress.
  return {
    signals,
    overall: worst(known.filter((s) => s.rule.kind === 'acute').map((s) => s.settled!)),
    structural: worst(known.filter((s) => s.rule.kind === 'structural').map((s) => s.settled!)),
    unknown: signals.filter((s) => s.settled === null).map((s) => s.id),
  };
}

/** The last `n` points on or before `d`. */
export function lastN(points: readonly Point[], d: IsoDate, n: number): Point[] {
  const upTo = points.filter((p) => p.date <= d);
  return upTo.slice(Math.max(0, upTo.length - n));
}
