// Alert hysteresis: one alert when a signal crosses into stress, one clearing when it is back past
// the calmer level, nothing in between however often it flaps.
import { describe, expect, it } from 'vitest';
import { ALERT_RULES, alertEventKey, alertRule, stepAlert, type AlertEvent, type AlertPhase, type AlertRule } from '../../src/core/alerts.js';
import { RESERVES_WATCH_BAND, SRF_USAGE_STRESS } from '../../src/core/thresholds.js';

function run(rule: AlertRule, values: number[], start: AlertPhase = 'armed'): { events: (AlertEvent | '-')[]; phase: AlertPhase } {
  let phase = start;
  const events: (AlertEvent | '-')[] = [];
  for (const v of values) {
    const s = stepAlert(rule, phase, v);
    phase = s.phase;
    events.push(s.event ?? '-');
  }
  return { events, phase };
}

const B = 1e9;

describe('alert rules', () => {
  it('SRF usage of $49B, $51B, $52B, $49.9B, $30B gives one alert and one clearing', () => {
    const r = run(alertRule('srfUsage')!, [49 * B, 51 * B, 52 * B, 49.9 * B, 30 * B]);
    expect(r.events).toEqual(['-', 'fire', '-', '-', 'clear']);
    expect(r.phase).toBe('armed');
  });

  it('a signal flapping around its threshold 20 times alerts at most once, on every rule', () => {
    for (const rule of ALERT_RULES) {
      const step = Math.max(Math.abs(rule.fire) * 0.01, 1);
      const flap = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? rule.fire - step : rule.fire + step));
      const { events } = run(rule, flap);
      expect(events.filter((e) => e === 'fire'), rule.id).toHaveLength(1);
      expect(events.filter((e) => e === 'clear'), rule.id).toHaveLength(0);
    }
  });

  it('exactly at the threshold is not past it (strict), in both directions', () => {
    const srf = alertRule('srfUsage')!;
    expect(stepAlert(srf, 'armed', SRF_USAGE_STRESS)).toEqual({ phase: 'armed' });
    expect(stepAlert(srf, 'fired', srf.clear)).toEqual({ phase: 'fired' });
    const res = alertRule('reservesLow')!;
    expect(stepAlert(res, 'armed', RESERVES_WATCH_BAND.high)).toEqual({ phase: 'armed' });
    expect(stepAlert(res, 'armed', 2.99e12)).toEqual({ phase: 'fired', event: 'fire' });
  });

  it('reserves alert going down, and clear only above the calmer level', () => {
    // Weekly reserves in $T: 3.05, 2.98 (fire), 3.04 (still fired: not above 3.1), 3.12 (clear), 2.95 (fires again).
    const r = run(alertRule('reservesLow')!, [3.05e12, 2.98e12, 3.04e12, 3.12e12, 2.95e12]);
    expect(r.events).toEqual(['-', 'fire', '-', 'clear', 'fire']);
  });

  it('SOFR above the SRF rate: 2025-10-31 (4.22% vs 4.00%) fires; a day 3 bp under the ceiling does not clear it', () => {
    const r = run(alertRule('sofrAboveSrf')!, [-15, 22, -3, -6]);
    expect(r.events).toEqual(['-', 'fire', '-', 'clear']);
  });

  it('every rule clears on the calmer side of where it fires, and says where its levels come from', () => {
    for (const rule of ALERT_RULES) {
      if (rule.worse === 'above') expect(rule.clear, rule.id).toBeLessThan(rule.fire);
      else expect(rule.clear, rule.id).toBeGreaterThan(rule.fire);
      expect(rule.basis.length, rule.id).toBeGreaterThan(20);
    }
  });

  it('keys an alert post by rule, observation date and event', () => {
    expect(alertEventKey('srfUsage', '2026-10-31', 'fire')).toBe('alert:srfUsage:2026-10-31:fire');
  });
});
