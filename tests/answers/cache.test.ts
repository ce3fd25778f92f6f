// A repeated question on unchanged data comes from the answer cache; new data invalidates it.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import type { Series } from '../../src/core/types.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import type { SeriesReader } from '../../src/sources/types.js';

function service(extra: { value: number | null }) {
  const inner = createSnapshotReader();
  let renders = 0;
  const reader: SeriesReader = {
    mode: 'snapshot',
    async read(id, w) {
      const r = await inner.read(id, w);
      if (id !== 'SOFR' || extra.value === null || !r.series) return r;
      const s: Series = { ...r.series, points: [...r.series.points, { date: '2026-07-31', value: extra.value }] };
      return { series: s };
    },
    newest: (id) => inner.newest(id),
  };
  const svc = new AnswerService({
    commands,
    reader,
    render: async () => {
      renders++;
      return new Uint8Array([renders]);
    },
    theme: 'dark',
    now: () => new Date('2026-11-23T20:00:00Z'),
  });
  return { svc, renders: () => renders };
}

describe('given the answer cache', () => {
  it('a repeated question on unchanged data is answered from the cache, chart included', async () => {
    const { svc, renders } = service({ value: null });
    const a = await svc.askText('/sofr range:1y');
    const b = await svc.askText('/sofr 1y');
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.cached).toBe(false);
    expect(b.cached).toBe(true);
    expect(b.answer).toBe(a.answer);
    expect(renders()).toBe(1);
  });

  it('when a series gets a new observation the answer is computed again', async () => {
    const extra = { value: null as number | null };
    const { svc, renders } = service(extra);
    await svc.askText('/sofr');
    extra.value = 3.7;
    const r = await svc.askText('/sofr');
    expect(r.ok && r.cached).toBe(false);
    expect(r.ok && r.answer.fields[0]!.value).toBe('3.70% (2026-07-31)');
    expect(renders()).toBe(2);
  });

  it('a cached answer is recomputed once its "Next:" release time has passed, even on unchanged data', async () => {
    const inner = createSnapshotReader();
    let now = new Date('2026-11-23T12:00:00Z'); // Mon 7:00 ET, before the 8:00 SOFR release
    const svc = new AnswerService({ commands, reader: inner, render: async () => new Uint8Array([1]), theme: 'dark', now: () => now });
    const first = await svc.askText('/sofr date:2025-10-31');
    expect(first.ok && first.answer.nextRelease).toMatch(/Mon Nov 23 8:00 am ET/);
    now = new Date('2026-11-23T12:30:00Z');
    const again = await svc.askText('/sofr date:2025-10-31');
    expect(again.ok && again.cached).toBe(true);
    now = new Date('2026-11-23T13:01:00Z'); // 8:01 ET: the line would be in the past
    const later = await svc.askText('/sofr date:2025-10-31');
    expect(later.ok && later.cached).toBe(false);
    expect(later.ok && later.answer.nextRelease).toMatch(/Tue Nov 24 8:00 am ET/);
  });

  it('concurrent identical questions compute once', async () => {
    const { svc, renders } = service({ value: null });
    const all = await Promise.all(Array.from({ length: 20 }, () => svc.askText('/tga 1y')));
    expect(all.every((r) => r.ok)).toBe(true);
    expect(renders()).toBe(1);
  });
});
