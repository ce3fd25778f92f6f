// The process a user runs, started as a child process: the built entry point (dist/src/main.js,
// what `npm start` and the Docker image run) with the environment a test gives it. Everything it
// writes is kept, so a test can assert on its log (and that no secret is in it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ENTRY = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));
/** `npm run ask`: one question, built. */
export const ASK_ENTRY = fileURLToPath(new URL('../../dist/src/adapters/cli/ask.js', import.meta.url));

/** The environment for live mode with every upstream (NY Fed, FRED JSON and CSV, Treasury) at one local fake, and an in-memory store. */
export function liveAgainst(base: string): Record<string, string> {
  return { DATA_MODE: 'live', DB_PATH: ':memory:', NYFED_BASE_URL: base, FRED_BASE_URL: base, FRED_GRAPH_BASE_URL: base, TREASURY_BASE_URL: base };
}

/**
 * The terminal's language, said explicitly: the entry reads LC_ALL, LC_MESSAGES and LANG
 * (src/core/locale.ts), so a test must never inherit a developer's Chinese LANG. English unless a
 * test passes its own LANG (an empty LC_ALL / LC_MESSAGES counts as unset, here and in glibc).
 */
export const TERMINAL_LOCALE: Record<'LANG' | 'LC_ALL' | 'LC_MESSAGES', string> = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** The environment a child process gets from us: PATH, HOME and the terminal's language, never a developer's tokens. */
export function childEnv(env: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...TERMINAL_LOCALE, ...env };
}

export type Entry = {
  child: ChildProcess;
  /** stdout and stderr, interleaved as they arrived. */
  output(): string;
  /** Resolves with the first log line (parsed) for which `match` is true. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | string>;
};

export function startEntry(env: Record<string, string>, opts: { stdin?: string; args?: string[] } = {}): Entry {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first (npm test does)`);
  // Only what the process needs from our environment: PATH and HOME, never a developer's tokens.
  // ENV_FILE empty: a developer's .env in the worktree never reaches a test.
  // DB_PATH in memory unless the test gives one: parallel tests never share the default file.
  const child = spawn(process.execPath, [ENTRY, ...(opts.args ?? [])], { cwd: ROOT, env: childEnv({ ENV_FILE: '', DB_PATH: ':memory:', ...env }), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString('utf8');
    for (const l of [...listeners]) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  if (opts.stdin !== undefined) child.stdin!.end(opts.stdin);
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));

  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          return null;
        }
      })
      .filter((l): l is Record<string, unknown> => l !== null);

  return {
    child,
    output: () => out,
    exited,
    waitForLog(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = lines().find(match);
          if (!hit) return false;
          cleanup();
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching log line within ${timeoutMs} ms; output:\n${out.slice(-2000)}`));
        }, timeoutMs);
        const onExit = () => {
          if (check()) return;
          cleanup();
          reject(new Error(`the process exited before a matching log line; output:\n${out.slice(-2000)}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(listener);
          child.off('exit', onExit);
        };
        const listener = () => void check();
        if (check()) return;
        listeners.add(listener);
        child.on('exit', onExit);
      });
    },
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
