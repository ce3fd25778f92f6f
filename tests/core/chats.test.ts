// What a user types into /subscribe, read by the pure parsers: alert rules by id or short name,
// quiet hours on a 24-hour clock, IANA time zones (canonical spelling; no offsets or abbreviations).
import { describe, expect, it } from 'vitest';
import { ALERT_RULES } from '../../src/core/alerts.js';
import { parseQuiet, parseRule, parseTimeZone } from '../../src/core/chats.js';

describe('parseRule', () => {
  it('reads every rule id in any case and with - or _, and the short names', () => {
    for (const r of ALERT_RULES) {
      expect(parseRule(r.id)).toBe(r.id);
      expect(parseRule(r.id.toUpperCase())).toBe(r.id);
    }
    expect(parseRule('srf-usage')).toBe('srfUsage');
    expect(parseRule('SOFR_ABOVE_SRF')).toBe('sofrAboveSrf');
    expect(parseRule('srf')).toBe('srfUsage');
    expect(parseRule('ceiling')).toBe('sofrAboveSrf');
    expect(parseRule('reserves')).toBe('reservesLow');
    expect(parseRule('spread')).toBe('sofrRrpSpread');
  });
  it.each(['', 'moon', 'srfusage2', 'constructor', '__proto__', 'toString'])('refuses %j', (s) => expect(parseRule(s)).toBeNull());
});

describe('parseQuiet', () => {
  it.each([
    ['22:00-07:00', { from: '22:00', to: '07:00' }],
    ['22-7', { from: '22:00', to: '07:00' }],
    ['7:30-9', { from: '07:30', to: '09:00' }],
    ['00:00-23:59', { from: '00:00', to: '23:59' }],
    ['２２：００-０７：００', { from: '22:00', to: '07:00' }],
    ['off', 'off'],
    ['NONE', 'off'],
  ])('%s', (s, want) => expect(parseQuiet(s)).toEqual(want));
  it.each(['25:00-07:00', '22:00-22:00', '22:60-07:00', '24:00-07:00', '22:00', '22:00-07:00-08:00', '-7', 'tonight', '', '22:0-7'])('refuses %j', (s) => expect(parseQuiet(s)).toBeNull());
});

describe('parseTimeZone', () => {
  it.each([
    ['Asia/Taipei', 'Asia/Taipei'],
    ['asia/taipei', 'Asia/Taipei'],
    ['America/New_York', 'America/New_York'],
    // ICU's canonical name for this zone is the older alias; either names the same zone.
    ['America/Argentina/Buenos_Aires', new Intl.DateTimeFormat('en-US', { timeZone: 'America/Argentina/Buenos_Aires' }).resolvedOptions().timeZone],
    ['UTC', 'UTC'],
  ])('%s is %s', (s, want) => expect(parseTimeZone(s)).toBe(want));
  it.each(['Mars/Olympus', '+08:00', 'GMT+8', 'CST', 'EST', 'Asia/Taipei; drop table', '../../etc/passwd', '', 'A/'.repeat(40)])('refuses %j', (s) => expect(parseTimeZone(s)).toBeNull());
});
