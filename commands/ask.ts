// /ask: a question in the user's own words, routed (src/ask/, no external service) to one
// command and its options. Confident: that command's answer, its first line saying how the question
// was read. Unsure: suggestions, never a guess.
import { defineCommand, UserError, type AnswerDraft } from '../src/core/command.js';
import { addDays } from '../src/core/dates.js';
import { chartVariantParts, MAX_TEXT_LENGTH, parseOptions, textOption } from '../src/core/options.js';
import { route } from '../src/ask/index.js';

function line(command: string, words: readonly string[]): string {
  return [`/${command}`, ...words].join(' ');
}

export default defineCommand({
  name: 'ask',
  options: { question: textOption() },
  async run({ question }, ctx) {
    // The routed command's chart carries the range and day it was asked for, as a direct question's
    // file name does (the CLI adds them from the question, which for /ask is free text): one chart, one file.
    const named = (draft: AnswerDraft, command: string, words: string[]): AnswerDraft => {
      const def = ctx.commands.find((c) => c.name === command);
      const parsed = def ? parseOptions(def.options, words, command) : null;
      if (!draft.chart || !def || !parsed?.ok) return draft;
      return { ...draft, chart: { ...draft.chart, name: [draft.chart.name, ...chartVariantParts(def.options, parsed.value)].join('-') } };
    };
    const m = ctx.msg.ask;
    const q = (question ?? '').trim();
    if (!q) {
      const draft = named(await ctx.runCommand('netliq', []), 'netliq', []);
      return { ...draft, summary: [m.empty(), ...draft.summary] };
    }
    const n = [...q].length;
    if (n > MAX_TEXT_LENGTH) throw new UserError(m.tooLong(n, MAX_TEXT_LENGTH));
    const known = new Set(ctx.commands.map((c) => c.name));
    const r = route(q, ctx.today, ctx.commands);
    if ('command' in r) {
      const read = line(r.command, r.words);
      if (!known.has(r.command) || r.command === 'ask') throw new UserError(m.notYet(read));
      const draft = named(await ctx.runCommand(r.command, r.words), r.command, r.words);
      const asked = r.words.find((w) => w.startsWith('date:'))?.slice(5);
      if (!asked) return { ...draft, summary: [m.readAs(read), ...draft.summary] };
      // Does the answer reach the day asked? Its newest dated figure says (a week's slack for
      // weekly series published a week late).
      const newest = draft.asOf.map((a) => a.date).sort().at(-1) ?? null;
      const short = !!newest && newest < addDays(asked, -7);
      if (short && r.yearGuessed) {
        // "oct 31" read as this year's, where the data ends before it: offer the latest year that
        // has it, and the reading as made; never answer a guess with other data silently.
        const y = Number(newest.slice(0, 4));
        const inYear = (year: number) => `${year}${asked.slice(4)}`;
        const offer = inYear(inYear(y) <= newest ? y : y - 1);
        const withDate = (d: string) => r.words.map((w) => (w.startsWith('date:') ? `date:${d}` : w));
        return {
          title: m.yearGuessTitle(asked),
          summary: [m.yearGuess(asked, newest)],
          fields: [
            { label: line(r.command, withDate(offer)), value: m.latestYearWithData },
            { label: line(r.command, r.words), value: m.asRead },
          ],
          asOf: draft.asOf,
          behind: null,
        };
      }
      // A question about a past day is not stale; one past the data says so first.
      const behind = draft.behind !== undefined ? draft.behind : short ? ctx.msg.common.noObservationOn(ctx.msg.common.day(asked), ctx.msg.common.day(newest)) : null;
      return { ...draft, behind, summary: [m.readAs(read), ...draft.summary] };
    }
    const available = r.suggestions.filter((s) => known.has(s.command) && s.command !== 'ask');
    const shown = available.length ? available : [{ command: 'help', words: [], why: 'popular' as const }];
    return {
      title: m.unsureTitle,
      summary: [m.unsure(), m.examples()],
      fields: shown.map((s) => ({
        label: line(s.command, s.words),
        value: m.why(s.why, s.words.find((w) => w.startsWith('date:'))?.slice(5)),
      })),
      asOf: [],
    };
  },
});
