// Spaces out requests to an upstream that limits their rate: FRED answers 429 beyond about two
// requests per second (data-sources.md §2.1). Calls start at least `minGapMs` apart, in call order.
export type Pacer = <T>(fn: () => Promise<T>) => Promise<T>;

export function createPacer(
  minGapMs: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => number = () => Date.now(),
): Pacer {
  let nextStart = 0;
  return async (fn) => {
    const t = now();
    const start = Math.max(t, nextStart);
    nextStart = start + minGapMs;
    if (start > t) await sleep(start - t);
    return fn();
  };
}
