// English for the terminal adapter (`npm run ask`, the `npm start` prompt).

export const cli = {
  /** `npm run ask` with no question. */
  askUsage: 'Ask a question, e.g. npm run ask -- "/sofr range:1y".',
  /** The prompt's greeting. */
  promptWelcome: (mode: 'live' | 'snapshot') => `US dollar liquidity desk (${mode} data). Type /help for the commands, quit to leave.`,
  /** The chart or a file could not be saved: the folder cannot be created or written (one sentence, no stack). */
  /** The terminal answer's heading over every number's date and source, and its chart line. */
  asOf: 'As of:',
  chart: (path: string) => `Chart: ${path}`,
  cannotWrite: (dir: string) => `Could not save the chart to ${dir}: that folder cannot be created or written to, so set OUT_DIR to a folder you can write to.`,
};
