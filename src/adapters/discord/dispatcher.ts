// discord.js's own connection pool, built from the undici copy its REST client loads.
//
// Why: without an agent, @discordjs/rest sends every request through undici's process-wide
// dispatcher (Symbol.for('undici.globalDispatcher.1')). Every undici copy in the process shares that
// slot, and so does Node's own fetch; whichever loads first installs its Agent there. The project's
// undici 7 loads first under `npm start` (the sources are imported before the Discord adapter), so
// discord.js's undici 6 handed its multipart uploads (every answer with a chart) to undici 7's
// HTTP client, which cannot read them: "TypeError: action is not a function" from undici's
// fetch/body.js, and the user saw an apology instead of the chart. Giving discord.js an Agent of its
// own undici makes the load order irrelevant (tests/e2e/entry.test.ts poisons the shared slot).
import { createRequire } from 'node:module';
import type { RESTOptions } from 'discord.js';

export type DiscordAgent = NonNullable<RESTOptions['agent']>;

/** A new Agent from the undici that @discordjs/rest itself imports (resolved from its own folder). */
export function createDiscordAgent(): DiscordAgent {
  const fromHere = createRequire(import.meta.url);
  const discordJs = fromHere.resolve('discord.js');
  const rest = createRequire(discordJs).resolve('@discordjs/rest');
  const undici = createRequire(rest)('undici') as { Agent: new (opts?: object) => DiscordAgent };
  return new undici.Agent({ keepAliveTimeout: 10_000 });
}
