// /help: every command, its options and an example, from the registry itself.
import { defineCommand } from '../src/core/command.js';
import { commandDescription } from '../src/core/messages/commandText.js';
import { optionList } from '../src/core/options.js';

export default defineCommand({
  name: 'help',
  options: {},
  async run(_options, ctx) {
    const m = ctx.msg.help;
    return {
      title: m.title(),
      summary: [m.intro(), m.options(), m.mode(ctx.mode)],
      fields: ctx.commands.map((c) => ({
        label: `/${c.name}${optionList(c.options).map((o) => (o.kind === 'range' ? m.usage.range(o.default) : o.kind === 'date' ? m.usage.date : m.usage.other(o.name))).join('')}`,
        value: commandDescription(ctx.msg, c.name) ?? c.name,
      })),
      asOf: [],
    };
  },
});
