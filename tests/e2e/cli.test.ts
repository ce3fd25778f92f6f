// The terminal adapter as a user runs it: the built `npm run ask` as a real process, snapshot mode,
// JSON on stdout.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { chartFileName, makeDir } from '../../src/adapters/cli/output.js';
import { runPrompt } from '../../src/adapters/cli/prompt.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { chartVariant } from '../../src/adapters/cli/variant.js';
import type { Command } from '../../src/core/command.js';
import { en } from '../../src/core/messages/en.js';
import { choiceOption, rangeOption } from '../../src/core/options.js';
import { ASK_ENTRY, childEnv } from '../helpers/entry.js';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'liq-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Ran = { code: number | null; stdout: string; stderr: string; killed: boolean };

async function askWith(env: Record<string, string>, timeout: number, ...args: string[]): Promise<Ran> {
  try {
    const r = await run(process.execPath, [ASK_ENTRY, ...args], {
      env: childEnv({ DATA_MODE: 'snapshot', OUT_DIR: out, LOG_LEVEL: 'error', CHART_THEME: 'dark', ...env }),
      timeout,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr, killed: false };
  } catch (e) {
    const err = e as { code: number | null; stdout: string; stderr: string; killed?: boolean; signal?: string | null };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr, killed: err.killed === true || !!err.signal };
  }
}

const ask = (...args: string[]) => askWith({}, 30_000, ...args);

describe('npm run ask', () => {
  it('prints SOFR 5.25 for 2019-09-17 with its source as one JSON object, and writes the chart', async () => {
    const r = await ask('/sofr date:2019-09-17', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { title: string; fields: { label: string; value: string }[]; asOf: { series: string; date: string; source: string }[]; stale: null; nextRelease: string; chart: string };
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['title', 'summary', 'fields', 'asOf', 'stale', 'nextRelease', 'chart']));
    expect(j.fields[0]).toEqual({ label: 'SOFR', value: '5.25% (2019-09-17)' });
    expect(j.asOf[0]).toEqual({ series: 'SOFR', date: '2019-09-17', source: 'NY Fed SOFR (offline snapshot)' });
    expect(j.stale).toBeNull();
    // /sofr's default range is in the name, so /sofr 1m on the same day does not overwrite it.
    const png = join(out, 'sofr-corridor-3m-2019-09-17.png');
    expect(j.chart.endsWith('sofr-corridor-3m-2019-09-17.png')).toBe(true);
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });

  it('answers in text with the chart path printed', async () => {
    const r = await ask('/tga', 'range:1y');
    expect(r.code).toBe(0);
    // After the snapshot's age note ("! Offline snapshot: data as of ...") when there is one.
    expect(r.stdout).toMatch(/^TGA \$\d+\.\dB/m);
    expect(r.stdout).toMatch(/Chart: .*tga-1y-\d{4}-\d{2}-\d{2}\.png/);
  });

  it('refuses an impossible date with {error} and a non-zero exit code', async () => {
    const r = await ask('/sofr date:2031-02-30', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: '2031-02-30 is not a real date. Try /sofr date:2025-10-31.' });
  });

  it('refuses a bad configuration by naming the variable, not its value', async () => {
    const r = await run(process.execPath, [ASK_ENTRY, '/sofr', '--json'], {
      env: childEnv({ DATA_MODE: 'sometimes', FRED_API_KEY: 'NOT-A-KEY-secret-value' }),
    }).catch((e: { code: number; stdout: string }) => e);
    expect((r as { code: number }).code).toBe(2);
    const { error } = JSON.parse((r as { stdout: string }).stdout) as { error: string };
    expect(error).toMatch(/DATA_MODE/);
    expect(error).toMatch(/FRED_API_KEY/);
    expect(error).not.toContain('secret-value');
  });

  it('asks for a question, from the message catalog, when given none', async () => {
    const r = await ask('--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: en.cli.askUsage });
  });
});

describe('npm run ask: chart file names', () => {
  it('names the range, so /sofr and /sofr 1m on the same day write two files', async () => {
    const a = await ask('/sofr', '--json');
    const b = await ask('/sofr', '1m', '--json');
    expect([a.code, b.code]).toEqual([0, 0]);
    const ca = (JSON.parse(a.stdout) as { chart: string }).chart;
    const cb = (JSON.parse(b.stdout) as { chart: string }).chart;
    expect(ca).toMatch(/sofr-corridor-3m-\d{4}-\d{2}-\d{2}\.png$/);
    expect(cb).toMatch(/sofr-corridor-1m-\d{4}-\d{2}-\d{2}\.png$/);
    expect(existsSync(ca) && existsSync(cb)).toBe(true);
    expect(readFileSync(ca).equals(readFileSync(cb))).toBe(false);
  });

  it('names a theme other than the default', async () => {
    const r = await askWith({ CHART_THEME: 'light' }, 30_000, '/sofr', 'range:1m', 'date:2025-10-31', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { chart: string }).chart).toMatch(/sofr-corridor-1m-light-2025-10-31\.png$/);
  });

  it('chartVariant: the asked range, else the default; choices; nothing for what does not parse', () => {
    const cmd = (options: Command['options']) => [{ name: 'x', options, run: async () => ({ title: '', summary: [], fields: [], asOf: [] }) }] as Command[];
    expect(chartVariant('/x', cmd({ range: rangeOption('6m') }), 'dark')).toEqual(['6m']);
    expect(chartVariant('/x max', cmd({ range: rangeOption('6m') }), 'light')).toEqual(['max', 'light']);
    expect(chartVariant('/x kind:Wide', cmd({ kind: choiceOption(['wide', 'narrow']) }), 'dark')).toEqual(['wide']);
    expect(chartVariant('/y 1m', cmd({ range: rangeOption('6m') }), 'dark')).toEqual([]);
    expect(chartFileName('sofr-corridor.png', '2026-07-30', ['1m'])).toBe('sofr-corridor-1m-2026-07-30.png');
    expect(chartFileName('sofr-corridor.png', '2026-07-30')).toBe('sofr-corridor-2026-07-30.png');
  });
});

describe('npm run ask: an output folder that cannot be made', () => {
  const oneSentence = (r: Ran, dir: string) => {
    expect(r.killed, 'the process had to be killed').toBe(false);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: en.cli.cannotWrite(dir) });
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  };

  it.each(['/dev/null/x', '/sys/nope/deeper'])('OUT_DIR=%s: one sentence from the catalog, exit 2', async (dir) => {
    oneSentence(await askWith({ OUT_DIR: dir }, 30_000, '/sofr', '--json'), dir);
  });

  it('OUT_DIR=/proc/nope: exits (recursive mkdir there spins forever on Node 20)', async () => {
    oneSentence(await askWith({ OUT_DIR: '/proc/nope' }, 15_000, '/sofr', '--json'), '/proc/nope');
  });

  it('text mode prints just the sentence', async () => {
    const r = await askWith({ OUT_DIR: '/dev/null/x' }, 30_000, '/sofr');
    expect(r.code).toBe(2);
    expect(r.stdout.trim()).toBe(en.cli.cannotWrite('/dev/null/x'));
  });

  it('makeDir creates missing levels under an existing folder and refuses a file on the way', () => {
    const deep = join(out, 'a', 'b', 'c');
    makeDir(deep);
    expect(existsSync(deep)).toBe(true);
    makeDir(deep); // already there: fine
    expect(() => makeDir('/dev/null/x')).toThrow();
  });
});

describe('npm start prompt', () => {
  async function session(outDir: string, lines: string[]): Promise<string> {
    const config = { ...loadConfig({ DATA_MODE: 'snapshot', LOG_LEVEL: 'error' }), OUT_DIR: outDir };
    const app = createApp(config);
    let text = '';
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString();
        done();
      },
    });
    try {
      // English said, not read from this process's LANG (a Chinese LANG would flip the session).
      await runPrompt(app, config, Readable.from(lines.map((l) => `${l}\n`)), output, 'en');
    } finally {
      app.close();
    }
    return text;
  }

  it('greets from the catalog and saves charts named by range', async () => {
    const text = await session(out, ['/sofr 1m date:2025-10-31', 'quit']);
    expect(text).toContain(en.cli.promptWelcome('snapshot'));
    expect(text).toMatch(/Chart: .*sofr-corridor-1m-2025-10-31\.png/);
  });

  it('says in one sentence that the folder cannot be written, and keeps answering', async () => {
    const text = await session('/proc/nope', ['/sofr', '/help', 'quit']);
    expect(text).toContain(en.cli.cannotWrite('/proc/nope'));
    expect(text).not.toMatch(/\n\s+at /);
    expect(text).toContain(en.help.title()); // /help still answered after the failure
  });
});
