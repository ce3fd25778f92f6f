// The recorded fixtures under tests/fixtures are byte-for-byte copies of ../shared/fixtures, so the
// parsers are tested on what the real APIs sent. (Only tests read ../shared; the app never does.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fakeUpstream.js';

const SHARED = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const COPIES = [
  'nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json',
  'fred/series_observations_SOFR_2024-06-01_2024-06-06.json',
  'fred/series_observations_SOFR1_2024-06-01_2024-06-06.json',
  'fred/series_observations_SOFR99_2024-06-01_2024-06-06.json',
  'fred/series_observations_SOFRVOL_2024-06-01_2024-06-06.json',
  'fred/series_SOFR75_recorded-2024-06-27.json',
];

describe('recorded fixture copies', () => {
  it.each(COPIES)('%s is unchanged from ../shared/fixtures', (name) => {
    expect(fixture(name)).toBe(readFileSync(`${SHARED}${name}`, 'utf8'));
  });
});
