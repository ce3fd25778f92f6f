// English for /ask: how a free-text question was read, and what to say when it is not clear.
import type { SuggestionWhy } from '../../types.js';

export const ask = {
  /** The first summary line of a routed answer. */
  readAs: (line: string) => `Read as ${line}.`,
  unsureTitle: 'I am not sure what you mean',
  unsure: () => 'I am not sure what you mean. One of these may be what you are after; type it as shown.',
  examples: () => 'For example: "what was sofr on sept 17 2019", "is the repo market stressed", "net liquidity 2y", "reserves vs 2019".',
  empty: () => 'No question given: ask in your own words, e.g. /ask net liquidity 2y. Here is net liquidity meanwhile.',
  tooLong: (n: number, max: number) => `That question is ${n} characters long; keep it under ${max}, e.g. /ask net liquidity 2y.`,
  /** A day without a year read as this year's, where the data stops before it. */
  yearGuessTitle: (asked: string) => `No data on ${asked} yet: which year did you mean?`,
  yearGuess: (asked: string, newest: string) => `You gave no year, so I read ${asked}; the data here ends on ${newest}. Pick the year:`,
  latestYearWithData: 'the latest year with data',
  asRead: 'as read (shows the last data before it)',
  notYet: (line: string) => `Read as ${line}, but that command is not available here yet; type /help for the list.`,
  why: (why: SuggestionWhy, date?: string) =>
    why === 'monthFirst'
      ? `if ${date} is month first (US order)`
      : why === 'dayFirst'
        ? `if ${date} is day first`
        : why === 'mentioned'
          ? 'matches words in your question'
          : 'a common starting point',
};
