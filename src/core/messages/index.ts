// Every sentence a user reads goes through one catalog keyed by locale: English, Traditional and
// Simplified Chinese. `Messages` is English's shape; each other catalog is typed as Messages, so
// the compiler proves every locale has every key (tests/core/messages.test.ts checks it at run time).
import { resolveLocale, type Locale } from '../locale.js';
import { en } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

/** English's shape with every string literal widened to string, so another locale's words fit it. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? Widen<U>[]
      : T extends object
        ? { [K in keyof T]: Widen<T[K]> }
        : T;

export type Messages = Widen<typeof en>;

export const catalogs: Record<Locale, Messages> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** The catalog for a platform's language tag such as 'en-US', 'zh-TW', 'zh-hans' or 'zh_CN.UTF-8'; English for any other. */
export function messagesFor(locale: string | undefined): Messages {
  return catalogs[resolveLocale(locale)];
}
