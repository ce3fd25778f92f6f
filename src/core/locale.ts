// Which language a reader gets, from what each platform says about them: Discord's
// interaction.locale ("zh-TW", "zh-CN", "en-US"), Telegram's language_code ("zh-hant", "zh-hk",
// "zh", ...), the terminal's LANG ("zh_TW.UTF-8") or --lang. One small pure module the adapters call.

/** The locales the catalog has. */
export const LOCALES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The catalog locale for a platform's language tag. Chinese: a script subtag decides (Hant/Hans);
 * without one, the region does (TW, HK, MO write Traditional; CN, SG and a bare "zh" Simplified).
 * Anything else, and nothing, is English.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (!tag) return 'en';
  const parts = tag.trim().replace(/\..*$/, '').split(/[-_]/).map((p) => p.toLowerCase());
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  if (parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-Hant';
  return 'zh-Hans';
}

/** The terminal's locale: `--lang X` (or `--lang=X`) wins over LC_ALL, LC_MESSAGES and LANG. */
export function terminalLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return resolveLocale(argv[i + 1]);
    if (a.startsWith('--lang=')) return resolveLocale(a.slice('--lang='.length));
  }
  return resolveLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
}

/** Discord's locale keys for our catalogs (name_localizations / description_localizations). */
export const DISCORD_LOCALES: Record<Exclude<Locale, 'en'>, 'zh-TW' | 'zh-CN'> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN' };

/**
 * The command menus Telegram gets besides the default (English) one. setMyCommands takes a two-letter
 * ISO 639-1 language_code only, so one menu serves every Chinese reader: "zh", which resolveLocale
 * reads as Simplified. Answers still follow each message's own language_code (zh-hant -> Traditional).
 */
export const TELEGRAM_MENUS: { languageCode: 'zh'; locale: Locale }[] = [{ languageCode: 'zh', locale: 'zh-Hans' }];
