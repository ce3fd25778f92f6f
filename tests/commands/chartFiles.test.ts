// Issue 11, "one chart, one file": through the answer service on the snapshot and the CLI's naming
// (src/adapters/cli), different questions never share a chart file name, /compare date:... keeps its
// day and /ask-routed answers keep the range and day of the command they were routed to.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { chartFileName } from '../../src/adapters/cli/output.js';
import { asOfStamp } from '../../src/adapters/cli/stamp.js';
import { chartVariant } from '../../src/adapters/cli/variant.js';
import { answered, snapshotService } from './support.js';

const svc = snapshotService();
async function fileOf(q: string): Promise<string> {
  const a = answered(await svc.askText(q));
  if (!a.chart) throw new Error(`no chart for ${q}`);
  return chartFileName(a.chart.name, asOfStamp(a), chartVariant(q, commands, 'dark'));
}

describe('one chart, one file', () => {
  it('/compare date:... carries the day compared (the issue example): two days, two files', async () => {
    const a = await fileOf('/compare date:2019-09-17');
    const b = await fileOf('/compare date:2022-06-01');
    expect(a).toMatch(/^compare-2019-09-17-\d{4}-\d{2}-\d{2}\.png$/);
    expect(b).toMatch(/^compare-2022-06-01-\d{4}-\d{2}-\d{2}\.png$/);
  });

  it('/ask keeps the routed range and day: the same file as the direct question, another for another day', async () => {
    expect(await fileOf('/ask sofr 20251114')).toBe(await fileOf('/sofr date:2025-11-14'));
    expect(await fileOf('/ask sofr 20251114')).toBe('sofr-corridor-3m-2025-11-14.png');
    expect(await fileOf('/ask reserves on 2025-10-29')).toBe(await fileOf('/reserves date:2025-10-29'));
    expect(await fileOf('/ask sofr 20251114')).not.toBe(await fileOf('/ask sofr 20251031'));
  });

  it('a day asked that the data does not have (a Saturday) is kept beside the as-of day', async () => {
    expect(await fileOf('/sofr date:2025-11-15')).toBe('sofr-corridor-3m-2025-11-15-2025-11-14.png');
  });

  it('a dozen different questions, a dozen different files', async () => {
    const questions = [
      '/sofr',
      '/sofr range:1m',
      '/sofr date:2025-10-31',
      '/sofr date:2025-10-31 range:1y',
      '/compare',
      '/compare date:2020-03-17',
      '/ask sofr 20251030',
      '/ask sofr 20191001',
      '/ask',
      '/netliq range:5y',
      '/reserves date:2024-12-31',
      '/tga date:2019-09-17',
    ];
    const names = await Promise.all(questions.map(fileOf));
    expect(new Set(names).size, names.join(' ')).toBe(questions.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9-]+\.png$/);
  });
});
