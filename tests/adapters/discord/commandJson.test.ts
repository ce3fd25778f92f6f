// Every command the registry declares must pass Discord's limits, or the whole bulk PUT is refused.
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { commandJson, commandsJson, fit, LIMITS, optionJson, sameCommands } from '../../../src/adapters/discord/commandJson.js';
import { choiceOption, RANGES, rangeOption } from '../../../src/core/options.js';
import { catalogs } from '../../../src/core/messages/index.js';
import { commandDescription } from '../../../src/core/messages/commandText.js';

const NAME = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('command JSON against Discord limits', () => {
  const all = commandsJson(commands);

  it.each(all.map((c) => [c.name, c] as const))('/%s passes the limits', (_n, c) => {
    expect(c.name).toMatch(NAME);
    expect(c.name).toBe(c.name.toLowerCase());
    expect(c.description.length).toBeGreaterThanOrEqual(1);
    expect(c.description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(c.options.length).toBeLessThanOrEqual(LIMITS.options);
    expect(new Set(c.options.map((o) => o.name)).size).toBe(c.options.length);
    let seenOptional = false;
    for (const o of c.options) {
      expect(o.name).toMatch(NAME);
      expect(o.description.length).toBeGreaterThanOrEqual(1);
      expect(o.description.length).toBeLessThanOrEqual(LIMITS.description);
      expect((o.choices ?? []).length).toBeLessThanOrEqual(LIMITS.choices);
      for (const ch of o.choices ?? []) {
        expect(ch.name.length).toBeLessThanOrEqual(100);
        expect(ch.value.length).toBeLessThanOrEqual(100);
      }
      expect(o.autocomplete && o.choices).toBeFalsy();
      if (!o.required) seenOptional = true;
      else expect(seenOptional).toBe(false);
    }
  });

  it('at most 100 commands, names unique, works in guilds and DMs', () => {
    expect(all.length).toBeLessThanOrEqual(100);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    for (const c of all) expect(c.contexts).toEqual([0, 1]);
  });

  it('range is a choice of the range keys and names its default; date is a string', () => {
    const sofr = all.find((c) => c.name === 'sofr')!;
    const range = sofr.options.find((o) => o.name === 'range')!;
    expect(range.choices?.map((c) => c.value)).toEqual([...RANGES]);
    expect(range.description).toMatch(/default 3m/);
    const date = sofr.options.find((o) => o.name === 'date')!;
    expect(date).toMatchObject({ type: 3, required: false, max_length: 10 });
    expect(date.choices).toBeUndefined();
  });

  it('a choice list longer than 25 becomes autocomplete; a required choice comes first; long descriptions are cut', () => {
    const many = Array.from({ length: 40 }, (_, n) => `s${n}`);
    // /export's series words, 40 choices: autocomplete instead of a list.
    const series = optionJson('export', 'series', choiceOption(many));
    expect(series).toMatchObject({ type: 3, name: 'series', description: 'The series to export', required: false, autocomplete: true });
    expect(series.choices).toBeUndefined();
    expect(optionJson('x', 'side', choiceOption(['a', 'b'])).choices).toHaveLength(2);
    const c = commandJson({ name: 'x', options: { range: rangeOption('1y'), side: choiceOption(['a'], { required: true }) } });
    expect(c.options.map((o) => o.name)).toEqual(['side', 'range']);
    // Words come from the catalog by name; a description past 100 characters is cut.
    const long = { ...catalogs.en, commands: { ...catalogs.en.commands, sofr: { ...catalogs.en.commands.sofr, description: 'd'.repeat(150) } } };
    expect(fit(commandDescription(long, 'sofr')!, LIMITS.description)).toHaveLength(100);
    expect(commandJson(commands.find((x) => x.name === 'sofr')!).description).toBe(catalogs.en.commands.sofr.description);
  });

  it('sameCommands ignores what Discord adds (ids, versions, a missing required:false) and sees real changes', () => {
    const local = commandsJson(commands);
    const remote = local.map((c, n) => ({ ...c, id: String(n), version: '9', nsfw: false, default_member_permissions: c.default_member_permissions ?? null, options: c.options.map(({ required, ...o }) => (required ? { required, ...o } : o)) })).reverse();
    expect(sameCommands(local, remote)).toBe(true);
    expect(sameCommands(local, remote.slice(1))).toBe(false);
    const edited = remote.map((c) => (c.name === 'sofr' ? { ...c, description: 'changed' } : c));
    expect(sameCommands(local, edited)).toBe(false);
    const noContexts = remote.map((c) => ({ ...c, contexts: null }));
    expect(sameCommands(local, noContexts)).toBe(false);
    // A server admin's permission default differing from ours is a change to send.
    const opened = remote.map((c) => (c.name === 'subscribe' ? { ...c, default_member_permissions: null } : c));
    expect(sameCommands(local, opened)).toBe(false);
  });

  it('the commands that change a chat are shown by default only to members with Manage Channels; the others to everyone', () => {
    const json = commandsJson(commands);
    const gated = json.filter((c) => c.default_member_permissions !== undefined).map((c) => `${c.name}=${c.default_member_permissions}`);
    expect(gated.sort()).toEqual(['language=16', 'subscribe=16', 'unsubscribe=16']);
  });
});
