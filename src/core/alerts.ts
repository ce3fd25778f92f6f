// Threshold alerts: the rules a subscriber can follow, each with the level that fires it and the
// calmer level it must come back past before it can fire again (hysteresis), and the pure state
// machine that turns a rule's state and a new observation into "fire", "clear" or nothing. The
// firing levels are the market-watched ones in thresholds.ts; the clearing levels are ours and say
// why. Pure: no I/O; the alert state per rule and chat is kept by the store.
import { RESERVES_WATCH_BAND, SOFR_RRP_SPREAD_CALM_BP, SOFR_RRP_SPREAD_WATCH_BP, SOFR_SRF_WATCH_BP, SRF_USAGE_STRESS } from './thresholds.js';

export type AlertRuleId = 'sofrAboveSrf' | 'srfUsage' | 'reservesLow' | 'sofrRrpSpread';

export type AlertRule = {
  id: AlertRuleId;
  /** What is measured: SOFR - SRF rate (bp), SRF usage (USD), reserves (USD), SOFR - ON RRP rate (bp). */
  measure: 'sofrMinusSrfBp' | 'srfUsageUsd' | 'reservesUsd' | 'sofrMinusRrpBp';
  /** 'above': worse when higher (fires when value > fire); 'below': worse when lower (fires when value < fire). */
  worse: 'above' | 'below';
  fire: number;
  /** Re-armed only once the value is back past this (strictly): below it for 'above' rules, above it for 'below' rules. */
  clear: number;
  /** Where the two levels come from (one line). */
  basis: string;
};

/** The table: every alert a chat can subscribe to. */
export const ALERT_RULES: readonly AlertRule[] = [
  {
    id: 'sofrAboveSrf',
    measure: 'sofrMinusSrfBp',
    worse: 'above',
    fire: 0,
    clear: SOFR_SRF_WATCH_BP,
    basis: 'fires when SOFR prints above the SRF rate (the corridor ceiling); clears once it is back more than 5 bp under it, where /stress stops watching',
  },
  {
    id: 'srfUsage',
    measure: 'srfUsageUsd',
    worse: 'above',
    fire: SRF_USAGE_STRESS,
    // 20% under the firing level: one quiet day after a $51B day should not clear and re-fire.
    clear: SRF_USAGE_STRESS * 0.8,
    basis: 'fires above $50B a day (banks leaning on the backstop); clears under $40B, so a day just under $50B does not clear and re-fire',
  },
  {
    id: 'reservesLow',
    measure: 'reservesUsd',
    worse: 'below',
    fire: RESERVES_WATCH_BAND.high,
    // One H.4.1 week moves reserves by $0.1T routinely (TGA and settlement swings).
    clear: RESERVES_WATCH_BAND.high + 0.1e12,
    basis: 'fires when reserves fall under $3.0T (the top of the $2.5-3.0T edge of ample); clears above $3.1T, one ordinary week’s swing higher',
  },
  {
    id: 'sofrRrpSpread',
    measure: 'sofrMinusRrpBp',
    worse: 'above',
    fire: SOFR_RRP_SPREAD_WATCH_BP,
    clear: SOFR_RRP_SPREAD_CALM_BP,
    basis: 'fires when SOFR is more than 20 bp over the ON RRP rate (repo called tight); clears under 10 bp, where calm days sit',
  },
];

export function alertRule(id: string): AlertRule | undefined {
  return ALERT_RULES.find((r) => r.id === id);
}

export type AlertPhase = 'armed' | 'fired';
export type AlertEvent = 'fire' | 'clear';

/**
 * One observation through a rule: an armed rule fires when the value is strictly past `fire`; a
 * fired rule clears (and re-arms) only when the value is strictly back past `clear`. Everything in
 * between keeps the phase, so a signal that flaps around its threshold fires once.
 */
export function stepAlert(rule: AlertRule, phase: AlertPhase, value: number): { phase: AlertPhase; event?: AlertEvent } {
  const worseThan = (limit: number) => (rule.worse === 'above' ? value > limit : value < limit);
  const betterThan = (limit: number) => (rule.worse === 'above' ? value < limit : value > limit);
  if (phase === 'armed' && worseThan(rule.fire)) return { phase: 'fired', event: 'fire' };
  if (phase === 'fired' && betterThan(rule.clear)) return { phase: 'armed', event: 'clear' };
  return { phase };
}

/** The ledger key of an alert post: one per rule, observation date and event, so a re-evaluation cannot post it twice. */
export function alertEventKey(rule: AlertRuleId, date: string, event: AlertEvent): string {
  return `alert:${rule}:${date}:${event}`;
}
