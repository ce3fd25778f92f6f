// src/core/dates.ts: strict ISO dates, month arithmetic, the Fed's holiday calendar, US Eastern time.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  easternToday,
  easternToInstant,
  easternWallTime,
  fedHolidays,
  fromDayNumber,
  isBusinessDay,
  nextBusinessDay,
  parseIsoDate,
  previousBusinessDay,
  toDayNumber,
  weekday,
  yearOf,
} from '../../src/core/dates.js';

const iso = (d: Date): string => d.toISOString();

describe('parseIsoDate', () => {
  it.each(['2031-02-30', '2025-13-01', '2024-02-30', '2023-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-01-00', '2025-01-32'])(
    'given the impossible day %s then it is rejected',
    (s) => {
      expect(parseIsoDate(s)).toBeNull();
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01', '2019-09-17'])('given the real day %s then it is returned as is', (s) => {
    expect(parseIsoDate(s)).toBe(s);
  });

  it.each(['2025-1-05', '2025-01-5', '20250105', '2025/01/05', '2025-01-05T00:00', '', 'abcd-ef-gh', '12025-01-05', '2025-01-05x'])(
    'given the malformed text %j then it is rejected',
    (s) => {
      expect(parseIsoDate(s)).toBeNull();
    },
  );

  it('given surrounding spaces then the trimmed date is returned', () => {
    expect(parseIsoDate('  2024-02-29 ')).toBe('2024-02-29');
  });
});

describe('day numbers and day arithmetic', () => {
  it('given the Unix epoch then its day number is 0, and day numbers round-trip', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(toDayNumber('2025-10-31'))).toBe('2025-10-31');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('given addDays across a month, a leap day and a year then the calendar is followed', () => {
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10'); // a DST switch day has no effect on dates
    expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
  });

  it('given two dates then daysBetween counts calendar days, signed', () => {
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2025-11-03', '2025-10-31')).toBe(-3);
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
  });

  it('given known days then weekday names the day (0 = Sunday)', () => {
    expect(weekday('2025-10-31')).toBe(5);
    expect(weekday('2026-07-04')).toBe(6);
    expect(weekday('2022-12-25')).toBe(0);
    expect(weekday('2025-11-27')).toBe(4);
  });

  it('given a date then yearOf is its year', () => {
    expect(yearOf('2019-09-17')).toBe(2019);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-10-31', -10, '2024-12-31'],
    ['2025-05-31', -3, '2025-02-28'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2025-01-31', 25, '2027-02-28'],
  ] as const)('given %s and %i months then the result is %s (clamped to the month end)', (d, n, want) => {
    expect(addMonths(d, n)).toBe(want);
  });
});

describe('fedHolidays', () => {
  it('given 2025 then the Fed is closed on these eleven days', () => {
    expect([...fedHolidays(2025).keys()].sort()).toEqual([
      '2025-01-01',
      '2025-01-20',
      '2025-02-17',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-10-13',
      '2025-11-11',
      '2025-11-27',
      '2025-12-25',
    ]);
    expect(fedHolidays(2025).get('2025-06-19')).toBe('Juneteenth');
    expect(fedHolidays(2025).get('2025-11-27')).toBe('Thanksgiving Day');
  });

  it('given 2026 then Independence Day (a Saturday) is not moved and ten days are left', () => {
    expect([...fedHolidays(2026).keys()].sort()).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('given a holiday on a Sunday then it is observed on the Monday, named as observed', () => {
    const h2022 = fedHolidays(2022);
    expect(h2022.has('2022-12-25')).toBe(false);
    expect(h2022.get('2022-12-26')).toBe('Christmas Day (observed)');
    expect(h2022.get('2022-06-20')).toBe('Juneteenth (observed)');
    expect(fedHolidays(2023).get('2023-01-02')).toBe("New Year's Day (observed)");
    expect(fedHolidays(2021).get('2021-07-05')).toBe('Independence Day (observed)');
  });

  it('given a holiday on a Saturday then the Friday before is a business day', () => {
    expect(fedHolidays(2026).has('2026-07-04')).toBe(false);
    expect(fedHolidays(2026).has('2026-07-03')).toBe(false);
    expect(isBusinessDay('2026-07-03')).toBe(true);
    expect(isBusinessDay('2021-12-24')).toBe(true); // Christmas 2021 was a Saturday
    expect(isBusinessDay('2021-12-31')).toBe(true); // New Year 2022 was a Saturday
  });

  it('given 2021 then there is no Juneteenth, and from 2022 there is', () => {
    expect([...fedHolidays(2021).values()]).not.toContain('Juneteenth');
    expect(isBusinessDay('2021-06-18')).toBe(true);
    expect([...fedHolidays(2022).values()]).toContain('Juneteenth (observed)');
    expect(isBusinessDay('2024-06-19')).toBe(false);
  });

  it('given 2019 then Columbus Day, Veterans Day and Thanksgiving fall on the right days', () => {
    const h = fedHolidays(2019);
    expect(h.get('2019-10-14')).toBe('Columbus Day');
    expect(h.get('2019-11-11')).toBe('Veterans Day');
    expect(h.get('2019-11-28')).toBe('Thanksgiving Day');
    expect(h.get('2019-05-27')).toBe('Memorial Day');
  });
});

describe('business days', () => {
  it.each([
    ['2025-10-31', true], // Friday
    ['2025-11-01', false], // Saturday
    ['2025-11-02', false], // Sunday
    ['2025-11-11', false], // Veterans Day
    ['2025-11-27', false], // Thanksgiving
    ['2025-11-28', true], // the Friday after Thanksgiving is open
    ['2025-12-24', true],
    ['2025-12-25', false],
    ['2023-01-02', false], // New Year observed
    ['2022-12-26', false], // Christmas observed
    ['2025-06-19', false],
  ] as const)('given %s then isBusinessDay is %s', (d, want) => {
    expect(isBusinessDay(d)).toBe(want);
  });

  it('given a day before a weekend or a holiday then nextBusinessDay skips them', () => {
    expect(nextBusinessDay('2025-10-31')).toBe('2025-11-03');
    expect(nextBusinessDay('2026-11-25')).toBe('2026-11-27');
    expect(nextBusinessDay('2025-12-24')).toBe('2025-12-26');
    expect(nextBusinessDay('2025-01-17')).toBe('2025-01-21');
    expect(nextBusinessDay('2022-12-23')).toBe('2022-12-27');
    expect(nextBusinessDay('2025-11-03')).toBe('2025-11-04');
  });

  it('given a day after a weekend or a holiday then previousBusinessDay skips them', () => {
    expect(previousBusinessDay('2025-01-21')).toBe('2025-01-17');
    expect(previousBusinessDay('2023-01-03')).toBe('2022-12-30');
    expect(previousBusinessDay('2025-11-28')).toBe('2025-11-26');
    expect(previousBusinessDay('2025-11-04')).toBe('2025-11-03');
  });
});

describe('US Eastern time', () => {
  it.each([
    ['2025-03-10', 8, 0, '2025-03-10T12:00:00.000Z'], // Monday after spring forward: EDT
    ['2025-03-07', 8, 0, '2025-03-07T13:00:00.000Z'], // Friday before: EST
    ['2025-03-09', 8, 0, '2025-03-09T12:00:00.000Z'], // the switch day, after 2:00
    ['2025-03-08', 8, 0, '2025-03-08T13:00:00.000Z'],
    ['2025-11-03', 16, 30, '2025-11-03T21:30:00.000Z'], // Monday after fall back: EST
    ['2025-10-31', 16, 30, '2025-10-31T20:30:00.000Z'], // Friday before: EDT
    ['2025-11-02', 8, 0, '2025-11-02T13:00:00.000Z'], // the switch day, after 2:00
    ['2025-11-01', 8, 0, '2025-11-01T12:00:00.000Z'],
    ['2026-03-09', 8, 0, '2026-03-09T12:00:00.000Z'], // 2026 switches on Mar 8 and Nov 1
    ['2026-03-06', 8, 0, '2026-03-06T13:00:00.000Z'],
    ['2026-11-02', 8, 0, '2026-11-02T13:00:00.000Z'],
    ['2026-10-30', 8, 0, '2026-10-30T12:00:00.000Z'],
    ['2025-07-01', 0, 0, '2025-07-01T04:00:00.000Z'],
    ['2025-12-31', 23, 59, '2026-01-01T04:59:00.000Z'],
  ] as const)('given %s %i:%i ET then the instant is %s', (d, h, m, want) => {
    expect(iso(easternToInstant(d, h, m))).toBe(want);
  });

  it('given every day of 2025 and 2026 at 8:00 and 16:30 then the instant reads back as that ET wall time', () => {
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      for (const [h, m] of [
        [8, 0],
        [16, 30],
      ] as const) {
        const back = easternWallTime(easternToInstant(d, h, m));
        if (back.date !== d || back.minutes !== h * 60 + m) throw new Error(`${d} ${h}:${m} read back as ${JSON.stringify(back)}`);
      }
    }
  });

  it('given the repeated 1:30 of the fall-back night then the instant still reads 1:30 that day', () => {
    expect(easternWallTime(easternToInstant('2025-11-02', 1, 30))).toEqual({ date: '2025-11-02', minutes: 90 });
  });

  it('given an instant then easternWallTime gives the New York date and minutes after midnight', () => {
    expect(easternWallTime(new Date('2025-10-31T20:30:00Z'))).toEqual({ date: '2025-10-31', minutes: 16 * 60 + 30 });
    expect(easternWallTime(new Date('2025-07-01T04:00:00Z'))).toEqual({ date: '2025-07-01', minutes: 0 });
    expect(easternWallTime(new Date('2025-01-01T04:59:00Z'))).toEqual({ date: '2024-12-31', minutes: 23 * 60 + 59 });
  });

  it.each([
    ['2025-07-01T03:59:59Z', '2025-06-30'], // summer: midnight ET is 04:00Z
    ['2025-07-01T04:00:00Z', '2025-07-01'],
    ['2025-01-01T04:59:59Z', '2024-12-31'], // winter: midnight ET is 05:00Z
    ['2025-01-01T05:00:00Z', '2025-01-01'],
    ['2025-10-31T00:30:00Z', '2025-10-30'], // just after midnight UTC it is still yesterday in New York
    ['2025-10-31T23:59:00Z', '2025-10-31'],
  ] as const)('given the instant %s then easternToday is %s', (t, want) => {
    expect(easternToday(new Date(t))).toBe(want);
  });
});
