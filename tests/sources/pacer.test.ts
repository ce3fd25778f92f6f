// FRED's limit of about two requests a second: calls start at least the gap apart, in call order.
import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/sources/pacer.js';

describe('given a pacer with a 500 ms gap', () => {
  it('three calls at once wait 0, 500 and 1000 ms and run in call order', async () => {
    const waits: number[] = [];
    const order: number[] = [];
    const pace = createPacer(500, async (ms) => void waits.push(ms), () => 10_000);
    await Promise.all([1, 2, 3].map((i) => pace(async () => void order.push(i))));
    expect(waits).toEqual([500, 1000]);
    expect(order).toEqual([1, 2, 3]);
  });

  it('a call after the gap has passed does not wait', async () => {
    let clock = 0;
    const waits: number[] = [];
    const pace = createPacer(500, async (ms) => void waits.push(ms), () => clock);
    await pace(async () => 1);
    clock = 800;
    await pace(async () => 2);
    expect(waits).toEqual([]);
  });

  it('a call 200 ms after the previous one waits the remaining 300 ms', async () => {
    let clock = 0;
    const waits: number[] = [];
    const pace = createPacer(500, async (ms) => void waits.push(ms), () => clock);
    await pace(async () => 1);
    clock = 200;
    await pace(async () => 2);
    expect(waits).toEqual([300]);
  });
});
