// The registry is the one declaration every platform reads: every file in commands/ is a command of
// its own name and is registered (commands/index.ts finds them), every registered command and option has its words in every locale (en, zh-Hant,
// zh-Hans), the catalogs hold no words for what is not declared, and no command imports a catalog.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command, CommandInfo } from '../../src/core/command.js';
import { LOCALES, type Locale } from '../../src/core/locale.js';
import { commandDescription, optionDescription } from '../../src/core/messages/commandText.js';
import { catalogs, type Messages } from '../../src/core/messages/index.js';

const DIR = new URL('../../commands/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

/** The command files whose default export is not in the registry (or is not a command at all). */
async function unregistered(files: readonly string[], registry: readonly Command[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    const mod = (await import(new URL(f, DIR).href)) as { default?: Command };
    if (!mod.default || !registry.includes(mod.default) || mod.default.name !== f.replace(/\.ts$/, '')) out.push(f);
  }
  return out;
}

/** "locale /command" or "locale /command option" for every description a locale lacks. */
function missingWords(registry: readonly CommandInfo[], books: Readonly<Record<Locale, Messages>>): string[] {
  const out: string[] = [];
  for (const locale of LOCALES) {
    const m = books[locale];
    const own = (s: string | undefined) => !!s?.trim() && (locale === 'en' || /\p{Script=Han}/u.test(s));
    for (const c of registry) {
      if (!own(commandDescription(m, c.name))) out.push(`${locale} /${c.name}`);
      for (const o of Object.keys(c.options)) if (!own(optionDescription(m, c.name, o))) out.push(`${locale} /${c.name} ${o}`);
    }
  }
  return out;
}

/** Words in a catalog for a command or option the registry does not declare (left over, or misspelt). */
function strayWords(registry: readonly CommandInfo[], books: Readonly<Record<Locale, Messages>>): string[] {
  const out: string[] = [];
  for (const locale of LOCALES) {
    for (const [name, words] of Object.entries(books[locale].commands)) {
      const c = registry.find((x) => x.name === name);
      if (!c) out.push(`${locale} /${name}`);
      else for (const o of Object.keys(words.options)) if (!Object.hasOwn(c.options, o)) out.push(`${locale} /${name} ${o}`);
    }
  }
  return out;
}

describe('every file in commands/ is registered', () => {
  it('each file default-exports a command of its own name, and the registry holds every one of them', async () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20);
    expect(await unregistered(FILES, commands)).toEqual([]);
    expect(commands.map((c) => `${c.name}.ts`).sort()).toEqual([...FILES].sort());
  });

  it('a file left out of the registry is caught (the check can fail)', async () => {
    expect(await unregistered(FILES, commands.filter((c) => c.name !== 'nowcast'))).toEqual(['nowcast.ts']);
  });
});

describe('every registered command has its words in every locale', () => {
  it.each(LOCALES)('%s: each command\'s and each option\'s description', (locale) => {
    expect(missingWords(commands, catalogs).filter((w) => w.startsWith(`${locale} `))).toEqual([]);
  });

  it('the catalogs hold no words for a command or option that is not declared', () => {
    expect(strayWords(commands, catalogs)).toEqual([]);
  });

  it('a missing key, an untranslated one or a new option without words is caught (the check can fail)', () => {
    const { nowcast: _dropped, ...rest } = catalogs['zh-Hant'].commands;
    const broken = { ...catalogs, 'zh-Hant': { ...catalogs['zh-Hant'], commands: rest as Messages['commands'] } };
    expect(missingWords(commands, broken)).toEqual(['zh-Hant /nowcast', 'zh-Hant /nowcast range', 'zh-Hant /nowcast date']);
    const english = { ...catalogs, 'zh-Hans': { ...catalogs['zh-Hans'], commands: { ...catalogs['zh-Hans'].commands, sofr: catalogs.en.commands.sofr } } };
    expect(missingWords(commands, english)).toEqual(['zh-Hans /sofr', 'zh-Hans /sofr range', 'zh-Hans /sofr date']);
    const moreOptions = commands.map((c) => (c.name === 'stress' ? { ...c, options: { ...c.options, range: { kind: 'range', default: '1y' } as const } } : c));
    expect(missingWords(moreOptions, catalogs)).toEqual(['en /stress range', 'zh-Hant /stress range', 'zh-Hans /stress range']);
    expect(strayWords(commands.filter((c) => c.name !== 'about'), catalogs)).toEqual(['en /about', 'zh-Hant /about', 'zh-Hans /about']);
  });
});

describe('no command imports a catalog for its words', () => {
  it.each(FILES)('%s', (f) => {
    // A type from a catalog's file is fine (nowcast's TrackRecord); its words are not.
    const imports = readFileSync(new URL(f, DIR), 'utf8').split('\n').filter((l) => /^import (?!type )/.test(l));
    expect(imports.filter((l) => /\/core\/messages\/(en|zh-Hant|zh-Hans)(\/[\w-]+)?\.js'/.test(l))).toEqual([]);
  });
});
