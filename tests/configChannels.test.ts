// TELEGRAM_CHANNELS / DISCORD_CHANNELS: `id[:topic+topic]`, comma-separated; a bad entry is named, never echoed.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { inQuietHours } from '../src/core/quiet.js';

describe('configured channels', () => {
  it('reads ids with their topics, all three topics when none are named', () => {
    const c = loadConfig({ TELEGRAM_CHANNELS: '-1001234567890:brief+alerts, @desk_news', DISCORD_CHANNELS: '123456789012345678:h41' });
    expect(c.TELEGRAM_CHANNELS).toEqual([
      { chatId: '-1001234567890', topics: ['brief', 'alerts'] },
      { chatId: '@desk_news', topics: ['brief', 'h41', 'alerts'] },
    ]);
    expect(c.DISCORD_CHANNELS).toEqual([{ chatId: '123456789012345678', topics: ['h41'] }]);
    expect(loadConfig({}).TELEGRAM_CHANNELS).toEqual([]);
  });
  it('refuses an unknown topic or a malformed id, naming the variable', () => {
    expect(() => loadConfig({ TELEGRAM_CHANNELS: '-100123:brief+weather' })).toThrow(/TELEGRAM_CHANNELS: each entry is/);
    expect(() => loadConfig({ DISCORD_CHANNELS: 'general' })).toThrow(/DISCORD_CHANNELS: each entry is a numeric Discord channel id/);
  });
});

describe('quiet hours', () => {
  const at = new Date('2026-12-08T03:30:00Z'); // 22:30 in New York, 11:30 in Taipei
  it('wrap past midnight, follow the time zone, and are off without both ends', () => {
    expect(inQuietHours(at, '22:00', '07:00', null)).toBe(true);
    expect(inQuietHours(at, '22:00', '07:00', 'Asia/Taipei')).toBe(false);
    expect(inQuietHours(at, '09:00', '12:00', 'Asia/Taipei')).toBe(true);
    expect(inQuietHours(at, null, '07:00', null)).toBe(false);
    expect(inQuietHours(at, '08:00', '08:00', null)).toBe(false);
  });
});
