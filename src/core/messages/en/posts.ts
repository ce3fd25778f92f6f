// English for what the bot posts on its own and for /brief: the morning brief (the daily digest),
// and the headlines of threshold alerts and their clearing. Numbers come in, words go out.
import { corridorWhere, reservesUnderAmple, srfOverStress, type CorridorWhere } from '../../classify.js';
import { RESERVES_WATCH_BAND, SOFR_RRP_SPREAD_WATCH_BP, SRF_USAGE_STRESS } from '../../thresholds.js';
import type { AlertEvent, AlertRuleId } from '../../alerts.js';
import { bp, pct, usd, usdChange } from '../../format.js';
import type { IsoDate } from '../../types.js';

/** Outside the corridor: the place is said in words instead of a share of the way. */
const outside = (p: number) => corridorWhere(p) === 'aboveCeiling' || corridorWhere(p) === 'belowFloor';

const WHERE: Record<CorridorWhere, string> = {
  aboveCeiling: 'above the ceiling',
  belowFloor: 'below the floor',
  nearCeiling: 'near the ceiling',
  inside: 'inside the corridor',
};

/** "+2 bp d/d" or nothing when there is no print before it. */
const dayBp = (d: number | null) => (d === null ? '' : `, ${bp(d)} d/d`);
const dayUsd = (d: number | null) => (d === null ? '' : `, ${usdChange(d)} d/d`);

export const brief = {
  title: (sofr: number, where: CorridorWhere | null, dayText: string) => `Morning brief ${dayText}: SOFR ${pct(sofr)}${where ? `, ${WHERE[where]}` : ''}`,
  /** "SOFR 4.22% (Fri Oct 31), +18 bp d/d, 74% of the corridor". */
  rate: (name: string, v: number, dayText: string, change: number | null, position: number | null) =>
    `${name} ${pct(v)} (${dayText})${dayBp(change)}${position === null ? ', corridor not confirmed for that day' : outside(position) ? `, ${WHERE[corridorWhere(position)]}` : `, ${Math.round(position * 100)}% of the way from floor to ceiling`}.`,
  rrp: (v: number, dayText: string, change: number | null, rate: number | null) =>
    `ON RRP ${usd(v, 'B')} (${dayText})${dayUsd(change)}${rate === null ? '' : `, at the ${pct(rate)} floor`}.`,
  srf: (v: number, dayText: string, change: number | null, stress: number) =>
    `SRF usage ${usd(v, 'B')} (${dayText})${dayUsd(change)}${srfOverStress(v) ? `, above the ${usd(stress, 'B')} stress line` : ''}.`,
  srfMissing: (missing: string) => `SRF usage: ${missing}`,
  tga: (v: number, dayText: string, change: number | null) => `TGA ${usd(v, 'B')} (${dayText})${dayUsd(change)}.`,
  reserves: (v: number, dayText: string, published: number, baseDay: string, watchHigh: number) =>
    `Reserves ~${usd(v, 'T')} (${dayText}, nowcast) against ${usd(published, 'T')} published for the week to ${baseDay}${reservesUnderAmple(v) ? `, under the ${usd(watchHigh, 'T')} edge of ample` : ''}.`,
  reservesMissing: 'Reserves nowcast: not enough TGA and ON RRP data.',
  walls: (floor: number, iorbName: string, iorb: number, ceilingName: string, ceiling: number) => `Corridor: floor ${pct(floor)}, ${iorbName} ${pct(iorb)}, ${ceilingName} ${pct(ceiling)}.`,
  labels: { sofr: 'SOFR', effr: 'EFFR', rrp: 'ON RRP', srf: 'SRF usage', tga: 'TGA', reserves: 'Reserves (nowcast)', corridor: 'Corridor' },
  values: {
    rate: (v: number, d: IsoDate, change: number | null) => `${pct(v)} (${d})${change === null ? '' : `, ${bp(change)}`}`,
    amount: (v: number, d: IsoDate, change: number | null, scale: 'B' | 'T' = 'B') => `${usd(v, scale)} (${d})${change === null ? '' : `, ${usdChange(change)}`}`,
    corridor: (floor: number, iorb: number, ceiling: number) => `${pct(floor)} / ${pct(iorb)} / ${pct(ceiling)}`,
  },
  alt: (start: IsoDate, end: IsoDate) => `Line chart of SOFR and EFFR from ${start} to ${end} inside the corridor band from the ON RRP rate to the SRF rate, with IORB.`,
};

/** Each rule's name, its level from the thresholds table (never written here). */
const RULE: Record<AlertRuleId, string> = {
  sofrAboveSrf: 'SOFR above the SRF rate',
  srfUsage: `SRF usage above ${usd(SRF_USAGE_STRESS)}`,
  reservesLow: `Reserves under ${usd(RESERVES_WATCH_BAND.high)}`,
  sofrRrpSpread: `SOFR - ON RRP above ${SOFR_RRP_SPREAD_WATCH_BP} bp`,
};

export const posts = {
  /** Alert headlines: 🔴 when a rule fires, 🟢 when it clears. The value is in the rule's own unit. */
  alertTitle: (rule: AlertRuleId, event: AlertEvent, value: string, dayText: string) =>
    event === 'fire' ? `🔴 Alert: ${RULE[rule]} (${value} on ${dayText})` : `🟢 Cleared: ${RULE[rule]} no longer (${value} on ${dayText})`,
  ruleName: (rule: AlertRuleId) => RULE[rule],
  /** The command's own headline under the alert's. */
  context: (title: string) => title,
  h41Title: (title: string, week: IsoDate) => `H.4.1 week to ${week}: ${title}`,
  value: { bp: (v: number) => bp(v), usd: (v: number) => usd(v) },
};
