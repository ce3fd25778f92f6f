// Every sentence a user reads goes through one catalog keyed by locale. English now; adapters
// already pass the user's locale (Discord `interaction.locale`, Telegram `language_code`).
import { en } from './en.js';

export type Messages = typeof en;

const catalogs: Record<string, Messages> = { en };

/** The catalog for a locale such as 'en-US' or 'de'; English when there is none yet. */
export function messagesFor(locale: string | undefined): Messages {
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return catalogs[base] ?? en;
}
