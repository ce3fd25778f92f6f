// Writes an answer's chart and files under the output folder and returns their paths.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Theme } from '../../charts/spec.js';
import type { Command } from '../../core/command.js';
import type { Answer } from '../../core/types.js';
import { asOfStamp } from './stamp.js';
import { chartVariant } from './variant.js';

/** The output folder could not be created or written; `dir` is the folder as resolved. */
export class OutputError extends Error {
  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    super(`cannot write to ${dir}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'OutputError';
  }
}

function safeName(name: string): string {
  return name.replace(/[^a-zA-Z0-9._-]/g, '_').slice(0, 80) || 'file';
}

function isDir(p: string): boolean | null {
  try {
    return statSync(p).isDirectory();
  } catch {
    return null; // not there (or not reachable)
  }
}

/**
 * Creates `dir` one level at a time from its nearest existing ancestor. Not `mkdirSync(dir,
 * { recursive: true })`: on Node 20 that spins forever at 100% CPU under /proc (OUT_DIR=/proc/x).
 * The first level that cannot be made, or an ancestor that is a file (/dev/null/x), throws.
 */
export function makeDir(dir: string): void {
  const missing: string[] = [];
  let p = resolve(dir);
  for (;;) {
    const d = isDir(p);
    if (d === true) break;
    if (d === false) throw new Error(`${p} is not a folder`);
    const parent = dirname(p);
    if (parent === p) throw new Error(`no existing folder above ${dir}`);
    missing.unshift(p);
    p = parent;
  }
  for (const level of missing) mkdirSync(level);
}

/**
 * The chart's file name: its spec name, then what else tells two charts of one command apart (the
 * range, the day asked, a non-default theme), then the answer's as-of date: sofr-corridor-1m-2026-07-30.png,
 * compare-2019-09-17-2026-07-30.png.
 */
export function chartFileName(name: string, stamp: string, variant: readonly string[] = []): string {
  const base = name.replace(/\.png$/, '');
  // A part the name already carries (an /ask-routed chart names its range and day) or the as-of stamp
  // itself (the day asked, when the data has it) is not repeated.
  const extra = variant.filter((p) => p !== stamp && !`-${base}-`.includes(`-${p}-`));
  const parts = [base, ...extra];
  if (!(extra.length === 0 && base.endsWith(`-${stamp}`))) parts.push(stamp);
  return safeName(parts.filter(Boolean).join('-') + '.png');
}

/** Throws OutputError when the folder cannot be created or a file cannot be written. */
export function writeOutputs(a: Answer, outDir: string, stamp: string, variant: readonly string[] = []): { chart: string | null; files: string[] } {
  if (!a.chart && !a.files?.length) return { chart: null, files: [] };
  const dir = resolve(outDir);
  try {
    makeDir(dir);
    const show = (p: string) => {
      const rel = relative(process.cwd(), p);
      return rel.startsWith('..') ? p : rel;
    };
    let chart: string | null = null;
    if (a.chart) {
      const p = join(dir, chartFileName(a.chart.name, stamp, variant));
      writeFileSync(p, a.chart.png);
      chart = show(p);
    }
    const files = (a.files ?? []).map((f) => {
      const p = join(dir, safeName(f.name));
      writeFileSync(p, f.bytes);
      return show(p);
    });
    return { chart, files };
  } catch (e) {
    throw new OutputError(dir, e);
  }
}

/** An answer to `question` saved under OUT_DIR, its chart named by range and as-of date. Throws OutputError. */
export function saveAnswer(
  a: Answer,
  question: string,
  opts: { outDir: string; theme: Theme; commands: readonly Command[] },
): { chart: string | null; files: string[] } {
  return writeOutputs(a, opts.outDir, asOfStamp(a), a.chart ? chartVariant(question, opts.commands, opts.theme) : []);
}
