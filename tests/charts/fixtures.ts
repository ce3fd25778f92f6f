// Realistic chart specs for tests, previews and the bench. Deterministic (seeded), no real data needed.
import type { ChartPoint, ChartSpec } from '../../src/charts/spec.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Weekdays from start to end inclusive (holidays are not modelled; gaps still come from weekends). */
export function businessDays(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${start}T00:00:00Z`); iso(d) <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(iso(d));
  }
  return out;
}

/** Wednesdays from start to end (H.4.1 stamps). */
export function wednesdays(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${start}T00:00:00Z`); iso(d) <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 3) out.push(iso(d));
  }
  return out;
}

const isMonthEnd = (dates: string[], i: number) => {
  const next = dates[i + 1];
  return next !== undefined && next.slice(5, 7) !== dates[i]!.slice(5, 7);
};

/** Policy rates step down 25 bp at each cut date. */
function stepRate(date: string, base: number, cuts: string[]): number {
  return base - 0.25 * cuts.filter((c) => date >= c).length;
}

export function sofrCorridorSpec(start = '2025-05-01', end = '2025-10-31'): ChartSpec {
  const days = businessDays(start, end);
  const cuts = ['2025-09-18', '2025-10-30'];
  const r = rng(7);
  const sofr: ChartPoint[] = [];
  const p1: ChartPoint[] = [];
  const p99: ChartPoint[] = [];
  days.forEach((date, i) => {
    const base = stepRate(date, 4.33, cuts);
    const spike = isMonthEnd(days, i) ? 0.06 + r() * 0.1 : 0;
    const value = Math.round((base + (r() - 0.5) * 0.04 + spike) * 100) / 100;
    sofr.push({ date, value });
    p1.push({ date, value: value - 0.05 - r() * 0.03 });
    p99.push({ date, value: value + 0.08 + r() * 0.06 + spike });
  });
  return {
    name: 'sofr-corridor',
    title: 'SOFR 4.22%, 22 bp above the ON RRP rate',
    subtitle: 'Fri Oct 31: 4.22% (+18 bp on the day), IORB 3.90%',
    footer: 'Source: NY Fed, FRED · as of 2025-10-31',
    yTitle: 'percent',
    yFormat: 'percent',
    beginAtZero: false,
    lines: [
      { label: 'SOFR', role: 'main', points: sofr },
      { label: 'IORB', role: 'iorb', points: days.map((date) => ({ date, value: stepRate(date, 4.4, cuts) })) },
    ],
    bands: [
      {
        label: 'Corridor (ON RRP to SRF)',
        role: 'corridor',
        lower: days.map((date) => ({ date, value: stepRate(date, 4.25, cuts) })),
        upper: days.map((date) => ({ date, value: stepRate(date, 4.5, cuts) })),
      },
      { label: 'SOFR 1st-99th pct', role: 'percentile', lower: p1, upper: p99 },
    ],
    events: [
      { date: '2025-09-17', label: 'FOMC' },
      { date: '2025-10-29', label: 'FOMC' },
      { date: '2025-06-30', label: 'Q2 end' },
    ],
    alt: 'SOFR inside the Fed rate corridor, May to October 2025',
  };
}

export function srfBarsSpec(): ChartSpec {
  const days = businessDays('2025-05-01', '2025-10-31');
  const r = rng(11);
  const srf = days.map((date, i) => ({
    date,
    value: isMonthEnd(days, i) ? Math.round(5 + r() * 45) : r() < 0.08 ? Math.round(r() * 8 * 10) / 10 : 0,
  }));
  let rrp = 240;
  const rrpLine = days.map((date) => {
    rrp = Math.max(15, rrp - 1.6 + (r() - 0.5) * 14);
    return { date, value: Math.round(rrp * 10) / 10 };
  });
  return {
    name: 'srf-rrp',
    title: 'SRF took $50.4B at month-end, ON RRP down to $51.8B',
    subtitle: 'Fri Oct 31: SRF $50.4B (+$50.4B), ON RRP $51.8B (-$16.7B)',
    footer: 'Source: NY Fed · as of 2025-10-31',
    yTitle: '$ billions',
    yFormat: 'billions',
    beginAtZero: true,
    lines: [
      { label: 'SRF usage', role: 'threshold', points: srf, bars: true },
      { label: 'ON RRP take-up', role: 'main', points: rrpLine },
    ],
    events: [{ date: '2025-09-30', label: 'Q3 end' }],
    alt: 'Standing Repo Facility usage as bars and ON RRP take-up as a line, May to October 2025',
  };
}

export function reservesSpec(): ChartSpec {
  const weeks = wednesdays('2023-11-01', '2025-10-29');
  const r = rng(3);
  let v = 3.45;
  const reserves = weeks.map((date) => {
    v = Math.min(3.5, Math.max(2.75, v - 0.006 + (r() - 0.5) * 0.12));
    return { date, value: Math.round(v * 1000) / 1000 };
  });
  return {
    name: 'reserves',
    title: 'Reserves $2.85T, inside the $2.5-3.0T watch range',
    subtitle: 'Wed Oct 29: $2.85T (-$16.7B on the week)',
    footer: 'Source: FRED WRESBAL · as of 2025-10-29',
    yTitle: '$ trillions',
    yFormat: 'trillions',
    beginAtZero: true,
    lines: [{ label: 'Reserve balances', role: 'main', points: reserves }],
    bands: [
      {
        label: 'Watch range $2.5-3.0T',
        role: 'threshold',
        lower: weeks.map((date) => ({ date, value: 2.5 })),
        upper: weeks.map((date) => ({ date, value: 3.0 })),
      },
    ],
    alt: 'Weekly reserve balances over two years against the 2.5 to 3.0 trillion watch range',
  };
}

export function netLiquiditySpec(): ChartSpec {
  const weeks = wednesdays('2024-10-30', '2025-10-29');
  const days = businessDays('2024-10-30', '2025-10-31');
  const r = rng(5);
  let fed = 6.95;
  const assets = weeks.map((date) => {
    fed -= 0.008 + (r() - 0.5) * 0.01;
    return { date, value: fed };
  });
  let tga = 0.8;
  const tgaPts = days.map((date) => {
    tga = Math.min(1.0, Math.max(0.3, tga + (r() - 0.5) * 0.06));
    return { date, value: tga };
  });
  let rrp = 0.25;
  const rrpPts = days.map((date) => {
    rrp = Math.max(0.01, rrp - 0.0009 + (r() - 0.5) * 0.02);
    return { date, value: rrp };
  });
  // Net liquidity only on Wednesdays, where all three are known: no forward-filled points.
  const tgaByDate = new Map(tgaPts.map((p) => [p.date, p.value]));
  const rrpByDate = new Map(rrpPts.map((p) => [p.date, p.value]));
  const net = assets.flatMap((a) => {
    const t = tgaByDate.get(a.date);
    const q = rrpByDate.get(a.date);
    return t === undefined || q === undefined ? [] : [{ date: a.date, value: a.value - t - q }];
  });
  return {
    name: 'net-liquidity',
    title: 'Net liquidity $5.72T, down $0.21T in a year',
    subtitle: 'Wed Oct 29: Fed assets $6.59T - TGA $0.95T - ON RRP $0.05T',
    footer: 'Source: FRED, U.S. Treasury DTS, NY Fed · as of 2025-10-29',
    yTitle: '$ trillions',
    yFormat: 'trillions',
    beginAtZero: true,
    lines: [
      { label: 'Net liquidity', role: 'main', points: net },
      { label: 'Fed assets', role: 'second', points: assets },
      { label: 'TGA', role: 'third', points: tgaPts },
      { label: 'ON RRP', role: 'fourth', points: rrpPts, dashed: true },
    ],
    alt: 'Net liquidity, Fed assets, TGA and ON RRP over one year, in trillions',
  };
}

/** Five years of business days (~1,300 points): the decimation and speed case. */
export function sofrFiveYearSpec(): ChartSpec {
  const spec = sofrCorridorSpec('2020-11-02', '2025-10-31');
  return { ...spec, name: 'sofr-5y', events: [] };
}

/** Two years of business days (~520 points): the typical "1y-2y" request. */
export function sofrTwoYearSpec(): ChartSpec {
  const spec = sofrCorridorSpec('2023-11-01', '2025-10-31');
  return { ...spec, name: 'sofr-2y' };
}

export const ALL_SPECS: Record<string, () => ChartSpec> = {
  'sofr-corridor': () => sofrCorridorSpec(),
  'srf-rrp': srfBarsSpec,
  reserves: reservesSpec,
  'net-liquidity': netLiquiditySpec,
  'sofr-2y': sofrTwoYearSpec,
  'sofr-5y': sofrFiveYearSpec,
};
