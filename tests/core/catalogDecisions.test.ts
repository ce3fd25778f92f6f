// No catalog decides: where a rate stands, whether a move counts, which threshold is crossed are the
// core's identifiers (src/core/classify.ts, the thresholds table); a catalog only chooses the words
// for them. A comparison of a number against a literal or a threshold in a catalog's sentences fails
// here, so a translator never has to copy one (issue 12). The formatting helpers (words.ts: writing a
// number's sign, Intl) and the catalogs' counts (.length, .size) are not decisions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../src/core/messages/', import.meta.url));
const FILES = ['en', 'zh-Hant', 'zh-Hans'].flatMap((l) => readdirSync(join(DIR, l)).filter((f) => f.endsWith('.ts') && f !== 'words.ts').map((f) => join(l, f)));

/** A number compared with a number: `x > 0.5`, `v < 100e9`, `Math.round(x) === 0`, `a >= watch`, `0.6 < p`. */
const DECISION = /(?:(?<![.\w])(?!length|size)\w+|Math\.\w+)(?:\([^()]*\))?\s*(?:[<>]=?|===|!==)\s*(?:-?\d|watch\b|AT_BP)|\d\s*[<>]=?\s*\w/;
/** Comparisons that pick a word for an identifier, not a number: the UTC offset of a zone (-4 is EDT, -5 EST). */
const IDENTIFIER_CHOICE = /(?:offset|after) === -4/;

export function decisions(source: string): string[] {
  return source
    .split('\n')
    .filter((l) => !/^\s*(\/\/|\*|\/\*\*)/.test(l))
    .filter((l) => DECISION.test(l.replace(IDENTIFIER_CHOICE, '')));
}

describe('catalogs choose words, never thresholds', () => {
  it('finds a decision when there is one (the check can fail)', () => {
    expect(decisions('    vsCeil > 0.5 ? `above` : `below`')).toHaveLength(1);
    expect(decisions('    v < 100e9 ? a : b')).toHaveLength(1);
    expect(decisions('    Math.round(gapBp) === 0 ? a : b')).toHaveLength(1);
    expect(decisions('    sofrRrp >= watch ? a : b')).toHaveLength(1);
    expect(decisions("    repoTight(sofrRrp) ? 'at or above' : 'below'")).toEqual([]);
    expect(decisions('    if (kinds.size === 1) return x;')).toEqual([]);
  });

  it.each(FILES)('%s compares no numbers', (file) => {
    expect(decisions(readFileSync(join(DIR, file), 'utf8'))).toEqual([]);
  });
});
