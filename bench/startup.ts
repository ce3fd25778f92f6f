// `npm run bench` (part): from starting the process to its first answer, and its memory after it,
// for the built entry point (`node dist/src/main.js`, what `npm start` and the image run) against
// the TypeScript sources through tsx (how the bot ran before it had a build).
//
// Each run starts the entry point with no platform token (the terminal prompt, snapshot mode), asks
// `/sofr range:1y`, and stops the clock when the answer's chart line is printed; it then reads the
// child's resident memory (VmRSS) and its peak (VmHWM) from /proc and quits. Reported, never
// asserted: the machine is shared. Targets (issue 8): first answer within 0.6 s, under 150 MB after.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, summarise, table } from './stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.STARTUP_RUNS ?? 7);
const TARGET_MS = 600;
const TARGET_RSS_MB = 150;

type Run = { firstAnswerMs: number; rssMB: number; peakMB: number };

function procMB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

function once(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const outDir = mkdtempSync(join(tmpdir(), 'liq-startup-'));
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATA_MODE: 'snapshot', LOG_LEVEL: 'warn', OUT_DIR: outDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let done = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer within 30 s: ${out.slice(-500)}`));
    }, 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!done && /Chart: .*\.png/.test(out)) {
        done = true;
        const firstAnswerMs = performance.now() - t0;
        const run = { firstAnswerMs, rssMB: procMB(child.pid!, 'VmRSS'), peakMB: procMB(child.pid!, 'VmHWM') };
        child.stdin.end('quit\n');
        child.on('exit', () => {
          clearTimeout(timer);
          resolve(run);
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.write('/sofr range:1y\n');
  });
}

async function measure(label: string, args: string[]): Promise<string[]> {
  await once(args); // warms the file system cache; not counted
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(args));
  const t = summarise(runs.map((r) => r.firstAnswerMs));
  const rss = summarise(runs.map((r) => r.rssMB));
  const peak = summarise(runs.map((r) => r.peakMB));
  return [label, ms(t.median), ms(t.p95), rss.median.toFixed(1), peak.median.toFixed(1)];
}

export async function startupBench(): Promise<{ rows: string[][]; text: string }> {
  const rows = [
    await measure('node dist/src/main.js (built)', ['dist/src/main.js']),
    await measure('tsx src/main.ts (before the build)', ['--import', 'tsx', 'src/main.ts']),
  ];
  const text = table(['entry point', 'first answer ms (median)', 'p95', 'RSS after MB (median)', 'peak RSS MB'], rows);
  return { rows, text };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { text } = await startupBench();
  console.log(`\nStart-up: process start to the first /sofr range:1y answer (prompt, snapshot), ${RUNS} runs each`);
  console.log(text);
  console.log(`targets: first answer <= ${TARGET_MS} ms, RSS after <= ${TARGET_RSS_MB} MB`);
}
