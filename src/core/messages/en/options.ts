// What the option parser says when a typed command cannot be read. One sentence each, naming what
// to type instead. `q` is the user's word already shortened and quoted by quote().
export const options = {
  tooLong: (n: number) => `That is too long (${n} characters); type a command such as /sofr range:1y.`,
  empty: () => 'Type a command such as /sofr or /help.',
  notCommand: (q: string) => `${q} is not a command. Type /help for the list.`,
  badRange: (v: string, cmd: string, ranges: readonly string[]) => `range:${v} is not a range. Use one of ${ranges.join(', ')}, for example /${cmd} range:1y.`,
  notRealDate: (v: string, cmd: string) => `${v} is not a real date. Try /${cmd} date:2025-10-31.`,
  notDate: (v: string, cmd: string) => `date:${v} is not a date; write it as YYYY-MM-DD, for example /${cmd} date:2025-10-31.`,
  notOneOf: (name: string, v: string, choices: readonly string[]) =>
    `${name}:${v} is not one of ${choices.join(', ')}.`,
  noSuchOption: (cmd: string, q: string, names: readonly string[]) => `/${cmd} has no option ${q}; its options are ${names.join(', ')}.`,
  takesNoOptions: (cmd: string) => `/${cmd} takes no options.`,
  notUnderstood: (q: string, cmd: string, names: readonly string[], example: string) =>
    `I don't understand ${q} for /${cmd}; its options are ${names.join(', ')} (e.g. /${cmd} ${example}).`,
  givenTwice: (name: string) => `${name} is given twice; give it once.`,
  needs: (cmd: string, name: string, choices: readonly string[]) => `/${cmd} needs ${name}: one of ${choices.slice(0, 8).join(', ')}.`,
};
