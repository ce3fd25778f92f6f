// /help: every command, its options and an example, from the registry itself.
import type { Command } from '../src/core/command.js';


export default {
  name: 'help',
  description: 'What the bot can answer, with examples',
  options: [],
  async run(_options, ctx) {
    const m = ctx.msg.help;
    return {
      title: m.title(),
      summary: [m.intro(), m.options(), m.mode(ctx.mode)],
      fields: ctx.commands.map((c) => ({
        label: `/${c.name}${c.options.map((o) => (o.kind === 'range' ? ` [range:${o.default}]` : o.kind === 'date' ? ' [date:YYYY-MM-DD]' : ` ${o.name}:…`)).join('')}`,
        value: c.description,
      })),
      asOf: [],
    };
  },
} satisfies Command;

