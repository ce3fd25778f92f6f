// English for the Telegram adapter: the words around an Answer in a chat. No markup here; the
// adapter escapes everything and adds the HTML.

export const telegram = {
  /** Put before the stale note, the caption's first line. */
  staleMark: '⚠️',
  /** Heading over the list of every number's date and source. */
  sources: 'Sources and dates',
  /** One line per series: its date and where it came from. */
  asOf: (series: string, date: string, source: string) => `${series}: ${date}, ${source}`,
  /** A post's one line of sources when the full list does not fit its caption (each number's date is in its line). */
  sourcesShort: (sources: readonly string[]) => `Sources: ${sources.join(' · ')}`,
  /** Marks text cut to fit Telegram's length limits. */
  cut: '…',
  /** The answer was ready but Telegram refused to deliver it (one plain sentence, no markup). */
  sendFailed: 'The answer could not be delivered here; please try again in a minute.',
};
