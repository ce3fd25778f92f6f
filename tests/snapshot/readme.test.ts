// The README's "How old the offline snapshot is" table says what data/snapshot/manifest.json says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/sources/snapshot.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(new URL('../../data/snapshot/manifest.json', import.meta.url), 'utf8')));

describe('the README data-age table', () => {
  it('lists every snapshot series with the first and newest date of the committed snapshot', () => {
    const rows = new Map([...readme.matchAll(/^\| `([A-Z0-9_]+)` \| (\d{4}-\d{2}-\d{2}) \| \*\*(\d{4}-\d{2}-\d{2})\*\* \|/gm)].map((m) => [m[1]!, [m[2]!, m[3]!]]));
    const expected = Object.entries(manifest.series).map(([id, e]) => [id, 'missing' in e ? null : [e.first, e.last]]);
    expect([...rows.entries()]).toEqual(expected);
  });
});
