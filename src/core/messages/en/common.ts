// English shared by every command: errors, notes, and the pieces several answers reuse.

export const common = {
  futureDate: (d: string, cmd: string) => `${d} is in the future. Try /${cmd} without a date.`,
  noDataBefore: (label: string, first: string | null, cmd: string) =>
    first
      ? `No ${label} data before ${first}. Try /${cmd} date:${first}.`
      : `There is no ${label} data for that day here. Try /${cmd} without a date.`,
  noObservationOn: (asked: string, shown: string) => `No fixing on ${asked}; showing ${shown}, the last one before it.`,
  noCorridor: (cmd: string) => `The Fed's corridor is known here from 2018-12-20 on. Try /${cmd} date:2019-09-17.`,
  unknownCommand: (name: string) => `There is no /${name} command. Type /help for the list.`,
  internalError: (ref: string) => `Sorry, something went wrong on our side (ref ${ref}). Please try again in a minute.`,
  staleFirst: (notes: string[]) => notes.join(' '),
  snapshotNoNext: 'offline snapshot',
};
