// Bad input gets one clear sentence back, and nothing else happens: no data is read, nothing is rendered.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import type { SeriesReader } from '../../src/sources/types.js';

function countingService() {
  const inner = createSnapshotReader();
  const calls = { reads: 0, renders: 0 };
  const reader: SeriesReader = {
    mode: 'snapshot',
    read: (id, w) => {
      calls.reads++;
      return inner.read(id, w);
    },
    newest: (id) => inner.newest(id),
  };
  const svc = new AnswerService({
    commands,
    reader,
    render: async () => {
      calls.renders++;
      return new Uint8Array();
    },
    theme: 'light',
    now: () => new Date('2026-11-23T20:00:00Z'),
  });
  return { svc, calls };
}

const cases: [string, RegExp][] = [
  ['/sofr colour:blue', /^\/sofr has no option "colour"; its options are range, date\.$/],
  ['/sofr date:2031-02-30', /^2031-02-30 is not a real date\. Try \/sofr date:2025-10-31\.$/],
  ['/sofr range:forever', /^range:forever is not a range\. Use one of 1m, 3m, 6m, 1y, 2y, 5y, max/],
  ['/sofr ' + 'x'.repeat(5000), /^That is too long \(5006 characters\)/],
  ['/sofr date:2030-01-02', /^2030-01-02 is in the future\. Try \/sofr without a date\.$/],
  ['/sofr date:2017-06-01', /^No SOFR data before 2018-04-03\. Try \/sofr date:2019-09-17\.$/],
  ['/nosuch', /^There is no \/nosuch command\. Type \/help for the list\.$/],
  ['/sofr 1y 2y', /^range is given twice; give it once\.$/],
  ['/sofr <b>&amp;</b>', /^I don't understand "<b>&amp;<\/b>" for \/sofr/],
  ['/💥', /is not a command/],
  ['', /^Type a command such as \/sofr or \/help\.$/],
  ['/help 1y', /^\/help takes no options\.$/],
  ['/srf date:2020-06-01', /^The Standing Repo Facility started on 2021-07-29/],
];

describe('given bad input', () => {
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input.slice(0, 40))} gets one clear sentence`, async () => {
      const { svc, calls } = countingService();
      const r = await svc.askText(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.kind).toBe('user');
      expect(r.error).toMatch(expected);
      expect(r.error).not.toContain('\n');
      expect(r.error.length).toBeLessThan(200);
      expect(r.error.trim().endsWith('.')).toBe(true);
      expect(calls.renders).toBe(0);
    });
  }

  it('a refused option reaches no data source at all', async () => {
    const { svc, calls } = countingService();
    for (const q of ['/sofr colour:blue', '/sofr date:2031-02-30', '/sofr range:forever', '/tga ' + 'y'.repeat(5000), '/sofr date:2030-01-02']) {
      expect((await svc.askText(q)).ok).toBe(false);
    }
    expect(calls.reads).toBe(0);
  });

  it('invisible characters inside a command are dropped, so /s<zero-width space>ofr is /sofr', async () => {
    const { svc } = countingService();
    const r = await svc.askText('/s\u200Bofr date:2025-10-31');
    expect(r.ok && r.answer.fields[0]!.value).toBe('4.22% (2025-10-31)');
  });

  it('hostile text is echoed back short and quoted, never whole', async () => {
    const { svc } = countingService();
    const r = await svc.askText('/sofr "`@everyone<script>alert(1)</script>');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).not.toContain('<script>alert(1)</script>');
      expect(r.error).not.toContain('`');
    }
  });
});
