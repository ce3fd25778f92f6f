// Issue 10: beyond the last date official series confirm the corridor's walls, no command places
// SOFR or EFFR in a corridor that may have moved. /sofr and /srf were fixed first; these are the
// others that judge against the walls: /spreads, /stress and /explain.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMINISTERED_RATES } from '../../src/core/rates.js';
import { answered, field, snapshotService } from './support.js';

const svc = snapshotService();
const THROUGH = ADMINISTERED_RATES.confirmedThrough!;
const newestSofr = (JSON.parse(readFileSync('data/snapshot/SOFR.json', 'utf8')) as { points: [string, number][] }).points.at(-1)![0];

describe('the corridor is judged only as far as official series confirm it', () => {
  it('the snapshot holds SOFR past the confirmed walls (the case these tests are about)', () => {
    expect(newestSofr > THROUGH).toBe(true);
  });

  it('/spreads: spreads to the walls end at the confirmed date, and the later SOFR is said to be outside what is confirmed', async () => {
    const a = answered(await svc.askText('/spreads'));
    const label = a.fields[0]!.label;
    const d = /\((\d{4}-\d{2}-\d{2})\)/.exec(label)![1]!;
    expect(d <= THROUGH).toBe(true);
    expect(a.summary.at(-1)).toMatch(new RegExp(`corridor after .* is not confirmed .* so SOFR on .* is not placed in it`));
  });

  it('/spreads on a confirmed day says nothing of the kind (2025-10-31: +47 bp over ON RRP)', async () => {
    const a = answered(await svc.askText('/spreads date:2025-10-31'));
    expect(a.fields[0]!.value).toBe('+47 bp');
    expect(a.summary.join(' ')).not.toMatch(/not confirmed/);
  });

  it('/stress judges SOFR against the walls only up to the confirmed date', async () => {
    const a = answered(await svc.askText('/stress'));
    for (const label of ['SOFR - ON RRP rate', 'SOFR - SRF rate']) {
      const d = /(\d{4}-\d{2}-\d{2})$/.exec(field(a, label))![1]!;
      expect(d <= THROUGH, `${label}: ${field(a, label)}`).toBe(true);
    }
  });

  it('/explain corridor, iorb and srf give today’s walls with the date official series confirm them to', async () => {
    for (const topic of ['corridor', 'iorb', 'srf']) {
      const a = answered(await svc.askText(`/explain ${topic}`));
      expect(a.summary.join(' '), topic).toContain(`confirmed by official series only through ${THROUGH}`);
    }
  });
});
