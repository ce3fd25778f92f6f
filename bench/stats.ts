// Small helpers for bench/run.ts: order statistics, formatting and a memory sampler.

export type Summary = { n: number; median: number; p95: number; min: number; max: number };

/** Median (mean of the middle two for even n) and nearest-rank p95; with n = 5, p95 is the max. */
export function summarise(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  const p95 = s[Math.min(n - 1, Math.max(0, Math.ceil(0.95 * n) - 1))]!;
  return { n, median, p95, min: s[0]!, max: s[n - 1]! };
}

/** "12.3" / "0.041" / "1234": enough digits to read sub-millisecond figures. */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return '-';
  if (v < 1) return v.toFixed(3);
  if (v < 100) return v.toFixed(1);
  return v.toFixed(0);
}

export const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** A plain-text table: first column left-aligned, the rest right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export type MemoryPeak = { rss: number; heapUsed: number; samples: number };

/** Samples rss and heapUsed every `everyMs` (timer unref'd) and on demand; keeps the maxima. */
export function startMemorySampler(everyMs = 25): { sample(): void; peak(): MemoryPeak; stop(): void } {
  const peak: MemoryPeak = { rss: 0, heapUsed: 0, samples: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.samples++;
    if (m.rss > peak.rss) peak.rss = m.rss;
    if (m.heapUsed > peak.heapUsed) peak.heapUsed = m.heapUsed;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return { sample, peak: () => ({ ...peak }), stop: () => clearInterval(timer) };
}
