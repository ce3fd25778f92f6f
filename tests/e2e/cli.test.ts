// The terminal adapter as a user runs it: a real process, snapshot mode, JSON on stdout.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'liq-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function ask(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/adapters/cli/ask.ts', ...args], {
      env: { ...process.env, DATA_MODE: 'snapshot', OUT_DIR: out, LOG_LEVEL: 'error' },
      timeout: 30_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run ask', () => {
  it('prints SOFR 5.25 for 2019-09-17 with its source as one JSON object, and writes the chart', async () => {
    const r = await ask('/sofr date:2019-09-17', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { title: string; fields: { label: string; value: string }[]; asOf: { series: string; date: string; source: string }[]; stale: null; nextRelease: string; chart: string };
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['title', 'summary', 'fields', 'asOf', 'stale', 'nextRelease', 'chart']));
    expect(j.fields[0]).toEqual({ label: 'SOFR', value: '5.25% (2019-09-17)' });
    expect(j.asOf[0]).toEqual({ series: 'SOFR', date: '2019-09-17', source: 'FRED SOFR (offline snapshot)' });
    expect(j.stale).toBeNull();
    const png = join(out, 'sofr-corridor-2019-09-17.png');
    expect(j.chart.endsWith('sofr-corridor-2019-09-17.png')).toBe(true);
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });

  it('answers in text with the chart path printed', async () => {
    const r = await ask('/tga', 'range:1y');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^TGA \$\d+\.\dB/);
    expect(r.stdout).toMatch(/Chart: .*tga-\d{4}-\d{2}-\d{2}\.png/);
  });

  it('refuses an impossible date with {error} and a non-zero exit code', async () => {
    const r = await ask('/sofr date:2031-02-30', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: '2031-02-30 is not a real date. Try /sofr date:2025-10-31.' });
  });

  it('refuses a bad configuration by naming the variable, not its value', async () => {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/adapters/cli/ask.ts', '/sofr', '--json'], {
      env: { ...process.env, DATA_MODE: 'sometimes', FRED_API_KEY: 'NOT-A-KEY-secret-value' },
    }).catch((e: { code: number; stdout: string }) => e);
    expect((r as { code: number }).code).toBe(2);
    const { error } = JSON.parse((r as { stdout: string }).stdout) as { error: string };
    expect(error).toMatch(/DATA_MODE/);
    expect(error).toMatch(/FRED_API_KEY/);
    expect(error).not.toContain('secret-value');
  });
});
