// English. Sentences for traders: what moved, against what, why it matters. No markup.
import { bp, pct, usd } from '../format.js';
import type { AdministeredRates } from '../rates.js';

const common = {
  futureDate: (d: string, cmd: string) => `${d} is in the future. Try /${cmd} without a date.`,
  noDataBefore: (label: string, first: string | null, cmd: string) =>
    first
      ? `No ${label} data before ${first}. Try /${cmd} date:${first}.`
      : `There is no ${label} data for that day here. Try /${cmd} without a date.`,
  noObservationOn: (asked: string, shown: string) => `No fixing on ${asked}; showing ${shown}, the last one before it.`,
  noCorridor: (cmd: string) => `The Fed's corridor is known here from 2018-12-20 on. Try /${cmd} date:2019-09-17.`,
  unknownCommand: (name: string) => `There is no /${name} command. Type /help for the list.`,
  internalError: (ref: string) => `Sorry, something went wrong on our side (ref ${ref}). Please try again in a minute.`,
  staleFirst: (notes: string[]) => notes.join(' '),
  snapshotNoNext: 'offline snapshot',
};

const sofr = {
  title: (v: number, vsFloor: number, vsIorb: number, vsCeil: number, ceilingName: string, iorbName: string) => {
    if (vsCeil > 0.5) return `SOFR ${pct(v)}, ${Math.round(vsCeil)} bp above the ${ceilingName}`;
    if (vsIorb > 0.5) return `SOFR ${pct(v)}, ${Math.round(vsIorb)} bp above ${iorbName}`;
    if (Math.abs(vsIorb) <= 0.5) return `SOFR ${pct(v)}, at ${iorbName}`;
    if (vsFloor < -0.5) return `SOFR ${pct(v)}, ${Math.round(-vsFloor)} bp below the ON RRP floor`;
    return `SOFR ${pct(v)}, ${Math.round(vsFloor)} bp above the ON RRP floor`;
  },
  moved: (v: number, dayText: string, prev: { delta: number; from: number; day: string } | null) =>
    prev
      ? `SOFR printed ${pct(v)} for ${dayText}, ${prev.delta === 0 ? 'unchanged' : `${bp(prev.delta * 100)}`} from ${pct(prev.from)} on ${prev.day}.`
      : `SOFR printed ${pct(v)} for ${dayText}.`,
  position: (vsFloor: number, vsIorb: number, vsCeil: number, r: AdministeredRates, ceilingName: string) => {
    if (vsCeil > 0.5) return `That is above the ${ceilingName} (${pct(ceilingName === 'SRF rate' ? r.srf ?? r.targetHigh : r.targetHigh)}) and ${bp(vsIorb)} over ${r.iorbName}: repo is trading through the Fed's ceiling, a sign of scarce cash.`;
    if (vsIorb > 0.5) return `It sits ${bp(vsIorb)} over ${r.iorbName} (${pct(r.iorb)}) and ${bp(-vsCeil).replace('+', '')} under the ${ceilingName}: funding is tight.`;
    if (vsFloor < -0.5) return `It is below the ON RRP floor (${pct(r.rrp)}): cash is abundant.`;
    return `It sits ${Math.round(vsFloor)} bp above the ON RRP floor (${pct(r.rrp)}) and ${Math.round(-vsIorb)} bp under ${r.iorbName} (${pct(r.iorb)}): funding is comfortable.`;
  },
  distribution: (p1: number, p99: number, volume: number) =>
    `Trades ranged from ${pct(p1)} (1st percentile) to ${pct(p99)} (99th) on ${usd(volume)} of volume.`,
  noDistribution: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot'
      ? 'The offline snapshot has no SOFR percentiles or volume; live mode reads them from the NY Fed.'
      : 'The NY Fed did not give percentiles or volume for that day.',
  notInData: (mode: 'live' | 'snapshot') => (mode === 'snapshot' ? 'not in offline snapshot' : 'not published'),
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of SOFR from ${start} to ${end} inside the Fed's corridor band (ON RRP rate to SRF rate) with IORB; last value ${pct(v)} on ${d}.`,
};

export const en = { common, sofr };
