// The per-user sliding window.
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../../src/adapters/discord/cooldown.js';

describe('Cooldown', () => {
  it('allows `limit` commands per window per user, then says how long to wait', () => {
    let t = 0;
    const c = new Cooldown(5, 10, () => t);
    for (let n = 0; n < 5; n++) {
      expect(c.take('a').ok).toBe(true);
      t += 1000;
    }
    expect(c.take('a')).toEqual({ ok: false, retryAfterMs: 5000 });
    expect(c.take('b').ok).toBe(true);
    t = 10_000; // the first command leaves the window
    expect(c.take('a').ok).toBe(true);
    expect(c.take('a').ok).toBe(false);
  });

  it('a refused attempt does not extend the wait', () => {
    let t = 0;
    const c = new Cooldown(1, 10, () => t);
    expect(c.take('a').ok).toBe(true);
    for (t = 1000; t < 10_000; t += 1000) expect(c.take('a').ok).toBe(false);
    t = 10_000;
    expect(c.take('a').ok).toBe(true);
  });

  it('forgets idle users', () => {
    let t = 0;
    const c = new Cooldown(1, 1, () => t);
    for (let n = 0; n < 1500; n++) c.take(`u${n}`);
    t = 5000;
    c.take('late');
    expect((c as unknown as { hits: Map<string, number[]> }).hits.size).toBeLessThan(10);
  });
});
