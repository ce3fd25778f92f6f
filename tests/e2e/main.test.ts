// `npm start` as an operator runs it (the built entry point): the prompt with no platform token; a
// clean exit 2, naming the adapter and never the token, when a platform cannot be reached.
import { describe, expect, it } from 'vitest';
import { startEntry } from '../helpers/entry.js';

async function start(env: Record<string, string>, stdin = ''): Promise<{ code: number | string; out: string }> {
  const e = startEntry({ DATA_MODE: 'snapshot', LOG_LEVEL: 'info', OUT_DIR: '/tmp/liquidity-main-test', ...env }, { stdin });
  const timer = setTimeout(() => e.child.kill('SIGKILL'), 20_000);
  const code = await e.exited;
  clearTimeout(timer);
  return { code, out: e.output() };
}

describe('npm start', () => {
  it('with no platform token opens the prompt, answers, and leaves on quit', async () => {
    const r = await start({}, '/sofr date:2019-09-17\nquit\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('SOFR 5.25%');
  });

  it('with the input closed before quit (a pipe, Ctrl-D) still answers and exits 0', async () => {
    const r = await start({}, '/sofr date:2019-09-17\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('SOFR 5.25%');
    expect(r.out).not.toContain('readline was closed');
  });

  it('with Discord unreachable exits 2, names the adapter, never prints the token', async () => {
    const token = 'MTIzNDU2.secret-discord-token';
    const r = await start({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_BASE: 'http://127.0.0.1:9/api' });
    expect(r.code).toBe(2);
    const lines = r.out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'adapter failed to start', adapter: 'discord', level: 'error' }));
    expect(r.out).not.toContain('secret-discord-token');
  });

  it('with a bad variable exits 2 naming it', async () => {
    const r = await start({ DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: '' });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set/);
  });
});
