// Which catalog a reader gets from what the platform says about them.
import { describe, expect, it } from 'vitest';
import { resolveLocale, terminalLocale } from '../../src/core/locale.js';

describe('resolveLocale', () => {
  it.each([
    // Discord interaction.locale
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['ja', 'en'],
    // Telegram language_code
    ['zh-hant', 'zh-Hant'],
    ['zh-hans', 'zh-Hans'],
    ['zh-tw', 'zh-Hant'],
    ['zh-hk', 'zh-Hant'],
    ['zh-cn', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-Hans-SG', 'zh-Hans'],
    // the terminal's LANG
    ['zh_TW.UTF-8', 'zh-Hant'],
    ['zh_CN.UTF-8', 'zh-Hans'],
    ['C.UTF-8', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s -> %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});

describe('terminalLocale', () => {
  it('--lang wins over LANG', () => {
    expect(terminalLocale(['--lang', 'zh-TW'], { LANG: 'zh_CN.UTF-8' })).toBe('zh-Hant');
    expect(terminalLocale(['--lang=zh-Hans'], { LANG: 'en_US.UTF-8' })).toBe('zh-Hans');
  });
  it('LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(terminalLocale([], { LANG: 'zh_TW.UTF-8' })).toBe('zh-Hant');
    expect(terminalLocale([], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_TW.UTF-8' })).toBe('en');
    expect(terminalLocale([], { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-Hans');
    expect(terminalLocale([], {})).toBe('en');
  });
});
