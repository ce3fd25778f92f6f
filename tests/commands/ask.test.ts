// /ask through the real service on the snapshot: a question in words answers as the routed command
// would, with a first line saying how it was read; an unclear one gets suggestions, not a guess.
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/core/options.js';
import ask from '../../commands/ask.js';
import { answered, field, snapshotService } from './support.js';

const svc = snapshotService();

describe('/ask on the snapshot', () => {
  it('"what was sofr on sept 17 2019" answers SOFR 5.25% with the "Read as" line', async () => {
    const a = answered(await svc.askText('/ask what was sofr on sept 17 2019'));
    expect(a.summary[0]).toBe('Read as /sofr date:2019-09-17.');
    expect(field(a, 'SOFR')).toBe('5.25% (2019-09-17)');
    expect(a.chart).toBeDefined();
  });

  it('the same question from Discord (one question:… word) answers the same', async () => {
    const a = answered(await svc.ask('ask', ['question:What was SOFR on Sept. 17, 2019?']));
    expect(a.summary[0]).toBe('Read as /sofr date:2019-09-17.');
    expect(field(a, 'SOFR')).toBe('5.25% (2019-09-17)');
  });

  it('"net liquidity 2y" answers /netliq range:2y', async () => {
    const a = answered(await svc.askText('/ask net liquidity 2y'));
    expect(a.summary[0]).toBe('Read as /netliq range:2y.');
  });

  it('"/ask nowcast 1y" runs /nowcast range:1y: the same answer, its chart named for the year', async () => {
    const a = answered(await svc.askText('/ask nowcast 1y'));
    expect(a.summary[0]).toBe('Read as /nowcast range:1y.');
    const direct = answered(await svc.askText('/nowcast range:1y'));
    expect(a.summary.slice(1)).toEqual(direct.summary);
    expect(a.fields).toEqual(direct.fields);
    expect(a.chart?.name).toMatch(/-1y[-.]/);
    // Not the default range: a plain /nowcast draws six months.
    expect(answered(await svc.askText('/ask nowcast')).chart?.name).toMatch(/-6m[-.]/);
  });

  it('an unclear question says so and offers suggestions as fields, with no chart', async () => {
    const a = answered(await svc.askText('/ask sofr vs effr'));
    expect(a.title).toBe('I am not sure what you mean');
    expect(a.summary[0]).toMatch(/^I am not sure what you mean/);
    expect(a.fields.length).toBeGreaterThanOrEqual(1);
    for (const f of a.fields) expect(f.label).toMatch(/^\/[a-z]+/);
    expect(a.chart).toBeUndefined();
  });

  it('an ambiguous numeric date offers both readings', async () => {
    const a = answered(await svc.askText('/ask sofr 03/04/2019'));
    expect(a.fields.map((f) => f.label)).toEqual(['/sofr date:2019-03-04', '/sofr date:2019-04-03']);
  });

  it('a question over 200 characters is refused in one sentence', async () => {
    const r = await svc.askText(`/ask sofr ${'x'.repeat(210)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/under 200/);
  });

  it('the text option takes every word, keys and all, as the question', () => {
    expect(parseOptions(ask.options, ['sofr', 'range:1y', '2019-09-17'], 'ask')).toEqual({ ok: true, value: { question: 'sofr range:1y 2019-09-17' } });
    expect(parseOptions(ask.options, ['question:is the repo market stressed'], 'ask')).toEqual({ ok: true, value: { question: 'is the repo market stressed' } });
    expect(parseOptions(ask.options, [], 'ask')).toEqual({ ok: true, value: { question: '' } });
  });
});
