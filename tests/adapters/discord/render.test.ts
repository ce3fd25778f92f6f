// Answer -> embed: the stale note first and visible, the footer, the chart by attachment name, and
// Discord's size limits kept whatever the answer holds.
import { describe, expect, it } from 'vitest';
import { answerEmbed, EMBED_LIMITS } from '../../../src/adapters/discord/render.js';
import type { Answer } from '../../../src/core/types.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function answer(over: Partial<Answer> = {}): Answer {
  return {
    title: 'SOFR 4.22% (+18 bp)',
    summary: ['SOFR printed 4.22%.', 'It sits 7 bp above IORB.'],
    fields: [{ label: 'Change 1d / 1w / 1m', value: '+18 bp / +20 bp / +10 bp' }],
    asOf: [
      { series: 'SOFR', date: '2025-10-31', source: 'NY Fed' },
      { series: 'IORB', date: '2025-10-30', source: 'FRED' },
    ],
    nextRelease: 'Next: Mon Nov 3 8:00 am ET (SOFR, NY Fed)',
    chart: { png, alt: 'SOFR against the corridor', name: 'sofr-corridor.png' },
    ...over,
  };
}

function total(e: ReturnType<typeof answerEmbed>['embeds'][number]): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

describe('answerEmbed', () => {
  it('title, summary, fields, footer with sources, as-of and next release, and the chart as attachment://', () => {
    const { embeds, files } = answerEmbed(answer());
    const e = embeds[0]!;
    expect(e.title).toBe('SOFR 4.22% (+18 bp)');
    expect(e.description).toBe('SOFR printed 4.22%.\nIt sits 7 bp above IORB.');
    expect(e.fields).toEqual([{ name: 'Change 1d / 1w / 1m', value: '+18 bp / +20 bp / +10 bp', inline: true }]);
    expect(e.footer?.text).toBe('Source: NY Fed, FRED · as of 2025-10-31\nIORB 2025-10-30\nNext: Mon Nov 3 8:00 am ET (SOFR, NY Fed)');
    expect(e.image?.url).toBe('attachment://sofr-corridor.png');
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('sofr-corridor.png');
    expect(files[0]!.description).toBe('SOFR against the corridor');
    expect([...files[0]!.attachment]).toEqual([...png]);
  });

  it('the stale note comes first in the description, marked', () => {
    const e = answerEmbed(answer({ stale: 'NY Fed did not answer; showing data from 2025-10-30.' })).embeds[0]!;
    expect(e.description!.split('\n')[0]).toBe('⚠️ NY Fed did not answer; showing data from 2025-10-30.');
    expect(e.color).not.toBe(answerEmbed(answer()).embeds[0]!.color);
  });

  it('files such as a CSV are attached beside the chart; no chart means no image', () => {
    const { embeds, files } = answerEmbed(answer({ chart: undefined, files: [{ name: 'sofr 1y.csv', bytes: new TextEncoder().encode('date,value\n'), type: 'text/csv' }] }));
    expect(embeds[0]!.image).toBeUndefined();
    expect(files.map((f) => f.name)).toEqual(['sofr_1y.csv']);
  });

  it('keeps every Discord limit: 25 fields, 1024 per value, 256 per title, 6000 in all', () => {
    const huge = answer({
      title: 'T'.repeat(400),
      summary: ['s'.repeat(5000)],
      fields: Array.from({ length: 40 }, (_, n) => ({ label: `L${n}`.repeat(200), value: 'v'.repeat(2000) })),
    });
    const e = answerEmbed(huge).embeds[0]!;
    expect(e.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(e.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(total(e)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });

  it('a field with an empty value is still valid for Discord', () => {
    const e = answerEmbed(answer({ fields: [{ label: '', value: '' }] })).embeds[0]!;
    expect(e.fields![0]!.name.length).toBeGreaterThan(0);
    expect(e.fields![0]!.value.length).toBeGreaterThan(0);
  });
});
