// English for the Discord adapter: the few sentences it adds around an Answer, and what
// `npm run register` prints to the operator.

export const discord = {
  /** The stale note, first in the embed's description and impossible to miss. */
  staleNote: (note: string) => `⚠️ ${note}`,
  /** A range option's description on Discord names its default. */
  rangeDescription: (description: string, def: string) => `${description} (default ${def})`,
  /** Per-user cooldown: one line, saying when to try again. */
  cooldown: (limit: number, seconds: number, waitSeconds: number) =>
    `Easy: at most ${limit} commands every ${seconds} seconds. Try again in ${waitSeconds} s.`,
  /** The alt text of a file that is not the chart (a CSV export). */
  fileAlt: (name: string) => `Data file ${name}`,
  /** Shown for a moment in the deferred message before it is replaced by an ephemeral error and deleted. */
  movedToPrivate: 'See the message only you can see.',
  /** The footer line naming the inputs whose date differs from the main number's: "IORB 2025-10-30, TGA 2025-10-29". */
  asOfEach: (pairs: { series: string; date: string }[]) => pairs.map((p) => `${p.series} ${p.date}`).join(', '),
  register: {
    needs: 'npm run register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).',
    unchanged: (count: number, scope: string) => `The ${count} ${scope} commands are already up to date; nothing sent.`,
    updated: (count: number, scope: string) => `Registered ${count} ${scope} commands.`,
    failed: (status: string) => `Registering the commands failed: ${status}.`,
    scopeGuild: (guildId: string) => `guild (${guildId})`,
    scopeGlobal: 'global',
  },
};
