// The catalog: every locale has every key of the English one (the compiler proves it through the
// Messages type; this checks the objects at run time, functions where English has functions), every
// registered command and option has its words in every locale (tests/commands/registry.test.ts), and
// dates go through Intl.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { catalogs } from '../../src/core/messages/index.js';
import { ymd as hansYmd } from '../../src/core/messages/zh-Hans/words.js';
import { dayText, etTime, ymd } from '../../src/core/messages/zh-Hant/words.js';

/** "path: kind" for every leaf of a catalog: 'string', 'function', or a nested object's leaves. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function`];
  if (typeof value === 'string') return [`${path}: string`];
  if (Array.isArray(value)) return value.flatMap((v, i) => shape(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}

describe('every locale has every key', () => {
  const english = shape(catalogs.en).sort();
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, of the same kinds', (locale) => {
    expect(shape(catalogs[locale]).sort()).toEqual(english);
  });

  it('a catalog missing a key fails the check (the check can fail)', () => {
    const { sofr: _dropped, ...rest } = catalogs['zh-Hant'];
    expect(shape(rest).sort()).not.toEqual(english);
  });
});

describe('dates and times through Intl', () => {
  it('writes 2025-11-14 as 2025年11月14日, with the weekday in each script', () => {
    expect(ymd('2025-11-14')).toBe('2025年11月14日');
    expect(hansYmd('2025-11-14')).toBe('2025年11月14日');
    expect(dayText('2025-11-14')).toBe('2025年11月14日（週五）');
    expect(dayText('2025-11-14', 2025)).toBe('11月14日（週五）');
    expect(catalogs['zh-Hans'].common.day('2025-11-14', 2025)).toBe('11月14日（周五）');
    expect(catalogs.en.common.day('2025-11-14', 2025)).toBe('Fri Nov 14');
  });

  it('writes US Eastern release times as 美東時間 on a 24-hour clock', () => {
    expect(etTime('2025-11-13', 16 * 60 + 30)).toBe('11月13日（週四）美東時間 16:30');
  });
});

describe('glossary terms per script', () => {
  const read = (dir: string) =>
    readdirSync(new URL(`../../src/core/messages/${dir}/`, import.meta.url)).map((f) => readFileSync(new URL(`../../src/core/messages/${dir}/${f}`, import.meta.url), 'utf8')).join('\n');
  const hant = read('zh-Hant');
  const hans = read('zh-Hans');
  it.each([
    ['Fed', '聯準會', '美联储'],
    ['repo', '附買回', '回购'],
    ['reverse repo', '逆附買回協議', '逆回购'],
    ['TGA', '財政部一般帳戶', '财政部一般账户'],
    ['SRF', '常設回購工具', '常设回购便利'],
    ['QT', '量化緊縮', '量化紧缩'],
    ['reserves', '準備金', '准备金'],
  ])('%s: %s in Traditional, %s in Simplified, never the other way round', (_en, t, s) => {
    expect(hant).toContain(t);
    expect(hans).toContain(s);
    expect(hant).not.toContain(s);
    expect(hans).not.toContain(t);
  });
});
