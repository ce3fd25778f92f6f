// English for /help and /about.

export const help = {
  title: () => 'US dollar liquidity: the commands',
  intro: () => 'Each answer gives the official number, its change, where it sits against the Fed, a chart, and the date and source of every figure.',
  options: () => 'Options: range is one of 1m, 3m, 6m, 1y, 2y, 5y, max; date (YYYY-MM-DD) answers as of that day, e.g. /sofr date:2019-09-17. Bare words work too: /sofr 1y.',
  mode: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot' ? 'Running on the offline snapshot: no network, history up to mid-2026.' : 'Running live on the NY Fed, FRED and Treasury APIs.',
  /** How /help writes each option after the command name. */
  usage: {
    range: (def: string) => ` [range:${def}]`,
    date: ' [date:YYYY-MM-DD]',
    other: (name: string) => ` ${name}:…`,
  },
};

export const about = {
  title: (mode: 'live' | 'snapshot') => (mode === 'snapshot' ? 'Data: offline snapshot' : 'Data: live official sources'),
  mode: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot'
      ? 'DATA_MODE=snapshot: every number comes from the bundled snapshot of official FRED and Treasury downloads; nothing touches the network.'
      : 'DATA_MODE=live: numbers come from the official APIs, are kept until their next release, and fall back to the last good data (marked stale) when a source fails.',
  sources: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot'
      ? 'Sources here: FRED downloads (SOFR, fed funds, ON RRP, H.4.1 balance sheet, reserves, TGA week average, IORB, yields, GDP, target range) and the Treasury\'s Daily Treasury Statement (TGA); live mode reads the NY Fed Markets API first.'
      : 'Sources: NY Fed Markets API (SOFR, EFFR, ON RRP, SRF, target range), FRED (H.4.1 balance sheet, reserves, TGA week average, yields, GDP; fallback for the NY Fed) and the Treasury\'s Daily Treasury Statement (TGA).',
  policy: () => 'Administered rates (target range, IORB, ON RRP and SRF rates) come from FOMC statements and implementation notes, by effective date.',
  none: (mode: 'live' | 'snapshot') => (mode === 'snapshot' ? 'not in the offline snapshot' : 'not read yet'),
};
