// Render timings per chart kind: `npx tsx bench/charts.ts [runs]` (default 50 runs after 5 warm-ups).
import { renderChart } from '../src/charts/render.js';
import type { Theme } from '../src/charts/spec.js';
import { ALL_SPECS } from '../tests/charts/fixtures.js';

const runs = Number(process.argv[2] ?? 50);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

console.log(`kind             theme  points  median    p95   (${runs} runs)`);
for (const [name, make] of Object.entries(ALL_SPECS)) {
  const spec = make();
  const points = Math.max(...spec.lines.map((l) => l.points.length));
  for (const theme of ['light', 'dark'] as Theme[]) {
    for (let i = 0; i < 5; i++) await renderChart(spec, theme);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await renderChart(spec, theme);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(16)} ${theme.padEnd(6)} ${String(points).padStart(6)} ${quantile(times, 0.5).toFixed(1).padStart(6)} ms ${quantile(times, 0.95).toFixed(1).padStart(6)} ms`,
    );
  }
}
