import type { Answer } from '../../core/types.js';

/** The newest as-of date of an answer, for file names: sofr-corridor-2019-09-17.png. */
export function asOfStamp(a: Answer): string {
  return a.asOf.reduce((m, x) => (x.date > m ? x.date : m), '') || 'latest';
}
