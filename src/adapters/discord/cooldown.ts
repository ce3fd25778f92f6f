// Per-user sliding window: at most `limit` commands in any `seconds`. Only accepted commands count,
// so a user who keeps typing during the wait is not locked out for longer.
export type CooldownVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export class Cooldown {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(user: string): CooldownVerdict {
    const t = this.now();
    const windowMs = this.seconds * 1000;
    const recent = (this.hits.get(user) ?? []).filter((x) => t - x < windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(user, recent);
      return { ok: false, retryAfterMs: recent[0]! + windowMs - t };
    }
    recent.push(t);
    this.hits.set(user, recent);
    this.sweep(t, windowMs);
    return { ok: true };
  }

  /** Forget idle users now and then, so the map does not grow with every user ever seen. */
  private sweep(t: number, windowMs: number): void {
    if (this.hits.size < 1000) return;
    for (const [user, times] of this.hits) if (!times.some((x) => t - x < windowMs)) this.hits.delete(user);
  }
}
