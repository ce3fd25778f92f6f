// English for each command's declaration: its description and each option's, keyed by the command's
// and the option's names (commands/<name>.ts). Discord's command picker, Telegram's menu and /help
// read them from here; tests/commands/registry.test.ts fails when a registered command or option has
// no words in a locale. Discord cuts a description at 100 characters, so keep them shorter.

const range = 'How far back the chart goes';
const date = 'Answer as of this day (YYYY-MM-DD)';

export const commands = {
  brief: { description: 'The morning brief: SOFR, EFFR, ON RRP, SRF, TGA and reserves, each with its day change', options: { date } },
  sofr: { description: 'SOFR, the overnight repo rate, inside the Fed corridor', options: { range, date } },
  effr: { description: 'Effective fed funds rate against the target range and IORB', options: { range, date } },
  corridor: { description: 'The Fed rate corridor: ON RRP floor, IORB, SRF ceiling, with SOFR and EFFR', options: { range, date } },
  rrp: { description: 'Overnight reverse repo (ON RRP) take-up, the liquidity buffer', options: { range, date } },
  srf: { description: 'Standing Repo Facility: usage and SOFR against the SRF rate', options: { range, date } },
  tga: { description: 'Treasury General Account: the Treasury cash balance at the Fed', options: { range, date } },
  reserves: { description: 'Bank reserves at the Fed (weekly, H.4.1) against the $2.5-3.0T range', options: { range, date } },
  nowcast: { description: 'Estimate of bank reserves today, from the daily TGA and ON RRP since the last H.4.1', options: { range, date } },
  balance: { description: 'Fed balance sheet (total assets) and the pace of QT', options: { range, date } },
  netliq: { description: 'Net liquidity: Fed assets minus the TGA minus ON RRP, with its parts', options: { range, date } },
  spreads: { description: 'Money-market spreads in bp: SOFR-IORB, SOFR-ON RRP, EFFR-IORB, SOFR-EFFR', options: { range, date } },
  yields: { description: '10-year Treasury yield against SOFR', options: { range, date } },
  stress: { description: 'Is the repo market under stress? Six signals against their thresholds', options: { date } },
  compare: {
    description: 'Today against the September 2019 repo spike (or another day), side by side',
    options: { date: 'The day to compare today with (default 2019-09-17, the repo spike)' },
  },
  calendar: { description: 'The next 14 days of what moves liquidity, in ET and UTC', options: { date: 'First day of the 14 (YYYY-MM-DD); default today' } },
  explain: { description: 'Short cards on the plumbing, each with its live number', options: { topic: 'What to explain' } },
  ask: {
    description: 'Ask in your own words: "what was sofr on sept 17 2019", "reserves vs 2019"',
    options: { question: 'Your question, e.g. "is the repo market stressed" (up to 200 characters)' },
  },
  export: {
    description: 'The CSV behind a chart: one series, with units, source and dates, as a file',
    options: { series: 'The series to export', range, date },
  },
  help: { description: 'What the bot can answer, with examples', options: {} },
  about: { description: 'Data sources, newest dates and the data mode', options: {} },
};
