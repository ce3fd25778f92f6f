// A choice option with more than 25 values is registered with autocomplete; the adapter answers
// the autocomplete interaction (type 4) with at most 25 matches, best (prefix) matches first; the
// picked value runs the command like any other option.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/index.js';
import { AnswerService } from '../../../src/answers/service.js';
import type { App } from '../../../src/app.js';
import { renderChart } from '../../../src/charts/render.js';
import { loadConfig } from '../../../src/config.js';
import { defineCommand, type Command } from '../../../src/core/command.js';
import { choiceOption } from '../../../src/core/options.js';
import type { Logger } from '../../../src/log.js';
import { createSnapshotReader } from '../../../src/sources/snapshot.js';
import { APP_ID, interactionPayload, startFakeDiscord, type FakeDiscord } from '../../helpers/fakeDiscord.js';

const CHOICES = Array.from({ length: 60 }, (_, n) => `series${String(n).padStart(2, '0')}`).concat(['tga', 'xtga']);
const pick: Command = defineCommand({
  name: 'pick',
  options: { series: choiceOption(CHOICES, { required: true }) },
  async run(o) {
    return { title: `Picked ${o.series}`, summary: [], fields: [], asOf: [] };
  },
});

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
let fake: FakeDiscord;
let adapter: DiscordAdapter;

beforeAll(async () => {
  fake = await startFakeDiscord();
  const config = loadConfig({ DATA_MODE: 'snapshot', DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
  const reader = createSnapshotReader();
  const app: App = { service: new AnswerService({ commands: [pick], reader, render: renderChart, theme: 'dark' }), reader, log: quiet, close() {} };
  adapter = createDiscordAdapter(app, config);
  await adapter.start();
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

describe('autocomplete', () => {
  it('answers type 8 with at most 25 choices, prefix matches first', async () => {
    fake.sendInteraction(interactionPayload({ id: '900000000000000001', token: 'ac-1', name: 'pick', type: 4, options: [{ name: 'series', value: 'tga' }], focused: 'series' }));
    const r = await fake.waitFor((x) => x.path === '/api/v10/interactions/900000000000000001/ac-1/callback');
    const j = r.json as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(j.type).toBe(8);
    expect(j.data.choices.map((c) => c.value)).toEqual(['tga', 'xtga']);

    fake.sendInteraction(interactionPayload({ id: '900000000000000002', token: 'ac-2', name: 'pick', type: 4, options: [{ name: 'series', value: '' }], focused: 'series' }));
    const all = await fake.waitFor((x) => x.path === '/api/v10/interactions/900000000000000002/ac-2/callback');
    expect((all.json as { data: { choices: unknown[] } }).data.choices).toHaveLength(25);
  });

  it('the chosen value runs the command', async () => {
    fake.sendInteraction(interactionPayload({ id: '900000000000000003', token: 'ac-3', name: 'pick', options: [{ name: 'series', value: 'series42' }] }));
    const edit = await fake.waitFor((x) => x.method === 'PATCH' && x.path.includes('/ac-3/'));
    expect((edit.json as { embeds: { title: string }[] }).embeds[0]!.title).toBe('Picked series42');
    expect(fake.unknown).toEqual([]);
  });
});
