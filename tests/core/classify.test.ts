// The places the core computes for the catalogs, at and around each boundary.
import { describe, expect, it } from 'vitest';
import { amountDirection, bpDirection, bpSide, corridorWhere, effrPlace, exampleDate, nearPeriodEnd, repoTight, rrpBuffer, sofrPlace, srfGap } from '../../src/core/classify.js';

describe('sofrPlace (distances in bp to floor, IORB, ceiling)', () => {
  it.each([
    // 2025-10-31: SOFR 4.22%, ON RRP 3.75, IORB 3.90, SRF 4.00.
    [47, 32, 22, 'aboveCeiling'],
    [25, 10, -0.6, 'aboveIorb'],
    [25, 10, 0.5, 'aboveIorb'],
    [15.5, 0.5, -9.5, 'atIorb'],
    [14.5, -0.5, -10.5, 'atIorb'],
    [5, -10, -20, 'aboveFloor'],
    [-0.5, -15.5, -25.5, 'aboveFloor'],
    [-1, -16, -26, 'belowFloor'],
  ] as const)('floor %d, IORB %d, ceiling %d -> %s', (f, i, c, place) => {
    expect(sofrPlace(f, i, c)).toBe(place);
  });
});

describe('effrPlace (distances in bp to the range bottom, top, IORB)', () => {
  it.each([
    // 2019-09-17: EFFR 2.30% over a 2.00-2.25% range.
    [30, 5, 20, 'aboveRange'],
    [-1, -26, -11, 'belowRange'],
    [10, -15, 0.4, 'atIorb'],
    [12, -13, 2, 'aboveIorb'],
    [8, -17, -2, 'belowIorb'],
  ] as const)('bottom %d, top %d, IORB %d -> %s', (b, t, i, place) => {
    expect(effrPlace(b, t, i)).toBe(place);
  });
});

describe('corridorWhere and srfGap', () => {
  it('places a corridor position', () => {
    expect([1.01, -0.01, 0.61, 0.6, 0].map(corridorWhere)).toEqual(['aboveCeiling', 'belowFloor', 'nearCeiling', 'inside', 'inside']);
  });
  it('SOFR more than half a bp over the SRF rate is above it', () => {
    expect([22, 0.6, 0.5, -3].map(srfGap)).toEqual(['above', 'above', 'below', 'below']);
  });
});

describe('the Chinese catalogs say the place the core computed', async () => {
  const { catalogs } = await import('../../src/core/messages/index.js');
  it('SOFR on 2025-10-31 (4.22%) is above the SRF rate; at IORB it is level with it', () => {
    expect(catalogs['zh-Hant'].sofr.title(4.22, 47, 32, 22, 'SRF 利率', 'IORB')).toBe('SOFR 4.22%，高於SRF 利率 22 bp');
    expect(catalogs['zh-Hans'].sofr.title(3.9, 15, 0.3, -10, 'SRF 利率', 'IORB')).toBe('SOFR 3.90%，与 IORB 持平');
    expect(catalogs['zh-Hant'].effr.title(2.3, 30, 5, 20, 'IOER')).toBe('EFFR 2.30%，高於目標區間 5 bp');
  });
});

describe('moves, sides and buffers the catalogs word (no catalog compares numbers)', () => {
  it('a move that rounds to 0 bp is flat, never "0 bp above"', () => {
    expect([bpDirection(0.4), bpDirection(-0.49), bpDirection(0.5), bpDirection(-0.6)]).toEqual(['flat', 'flat', 'up', 'down']);
    expect([bpSide(0.5), bpSide(0.51), bpSide(-0.51)]).toEqual(['at', 'above', 'below']);
  });
  it('an amount that prints $0.0B has not moved', () => {
    expect([amountDirection(0.049e9), amountDirection(-0.049e9), amountDirection(0.05e9), amountDirection(-1e9)]).toEqual(['flat', 'flat', 'up', 'down']);
  });
  it('repo is tight from the 20 bp watch level; the ON RRP buffer is low under $100B', () => {
    expect([repoTight(19.9), repoTight(20)]).toEqual([false, true]);
    expect([rrpBuffer(99e9), rrpBuffer(100e9)]).toEqual(['low', 'absorbing']);
  });
  it('month and year ends; the day an error suggests', () => {
    expect([nearPeriodEnd('2025-10-28'), nearPeriodEnd('2025-12-20'), nearPeriodEnd('2025-10-27')]).toEqual([true, true, false]);
    expect([exampleDate('2018-04-02'), exampleDate('2021-07-29')]).toEqual(['2019-09-17', '2025-10-31']);
  });
});
