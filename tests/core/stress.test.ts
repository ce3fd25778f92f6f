// The /stress table and its hysteresis: levels per signal, and an overall level one print cannot flip.
import { describe, expect, it } from 'vitest';
import { assess, rule, settle, SIGNALS, worst, type Level } from '../../src/core/stress.js';

const C: Level = 'calm';
const W: Level = 'watch';
const S: Level = 'stress';

describe('the signal table', () => {
  it('has the six signals of issue 5, each with a threshold and where it comes from', () => {
    expect(SIGNALS.map((s) => s.id)).toEqual(['reserves', 'sofrRrp', 'srfUsage', 'sofrSrf', 'rrpBuffer', 'tga']);
    for (const s of SIGNALS) expect(s.basis.length).toBeGreaterThan(20);
    expect(rule('tga').assumption).toBe(true);
  });

  it.each([
    ['reserves', 3.41e12, C],
    ['reserves', 2.85e12, W],
    ['reserves', 2.4e12, S],
    ['sofrRrp', 3, C],
    ['sofrRrp', 15, W],
    ['sofrRrp', 20, S],
    ['sofrRrp', 47, S],
    ['srfUsage', 0, C],
    ['srfUsage', 5e9, W],
    ['srfUsage', 50.1e9, S],
    ['sofrSrf', -17, C],
    ['sofrSrf', -3, W],
    ['sofrSrf', 22, S],
    ['rrpBuffer', 371.8e9, C],
    ['rrpBuffer', 30e9, W],
    ['rrpBuffer', 2.2e9, S],
    ['tga', 703.3e9, C],
    ['tga', 926.3e9, W],
    ['tga', 960e9, S],
  ] as const)('%s at %d is %s', (id, v, level) => {
    expect(rule(id).level(v)).toBe(level);
  });
});

describe('hysteresis', () => {
  it('one stress print among calm ones does not escalate', () => {
    expect(settle([C, C, C, S])).toBe(C);
    expect(settle([C, S, C, C])).toBe(C);
  });

  it('escalates when 2 of the last 3 prints are at the level', () => {
    expect(settle([C, C, S, S])).toBe(S);
    expect(settle([C, S, C, S])).toBe(S);
    expect(settle([C, W, C, W])).toBe(W);
    // One stress and one watch print: at least watch on 2 of 3.
    expect(settle([C, S, W])).toBe(W);
  });

  it('de-escalates only after 3 calmer prints in a row', () => {
    expect(settle([S, S, C])).toBe(S);
    expect(settle([S, S, C, C])).toBe(S);
    expect(settle([S, S, C, C, C])).toBe(C);
    // Back to watch when the 3 calmer prints include a watch.
    expect(settle([S, S, W, C, C])).toBe(W);
    // A stress print in the middle of the calm run resets the count.
    expect(settle([S, S, C, S, C, C])).toBe(S);
  });

  it('the overall level is the worst settled signal; unknown signals are left out, never guessed', () => {
    const p = (value: number, date: string) => ({ date, value });
    const r = assess([
      { id: 'sofrRrp', latest: p(47, '2025-10-31'), history: [p(5, '2025-10-28'), p(25, '2025-10-29'), p(30, '2025-10-30'), p(47, '2025-10-31')] },
      { id: 'tga', latest: p(960e9, '2025-10-31'), history: [p(700e9, '2025-10-30'), p(960e9, '2025-10-31')] },
      { id: 'srfUsage', latest: null, history: [] },
    ]);
    expect(r.overall).toBe('stress');
    expect(r.unknown).toEqual(['srfUsage']);
    // The TGA's single print above the stress line is shown but does not settle the TGA at stress.
    expect(r.signals.find((s) => s.id === 'tga')!.level).toBe('stress');
    expect(r.signals.find((s) => s.id === 'tga')!.settled).toBe('calm');
    expect(worst([])).toBe('calm');
  });
});
