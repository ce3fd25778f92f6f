// Every command in the registry answers in snapshot mode; every chart decodes as a 1200 px wide PNG
// with the series drawn in the main colour and text in the title and footer areas.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { panelsHeight } from '../../src/charts/panels.js';
import { countNear, decodePng, hasPngSignature, hasText } from '../helpers/png.js';
import { answered, snapshotService } from './support.js';
import { newestInSnapshot } from '../helpers/snapshotFacts.js';

const svc = snapshotService();
const MAIN = '#0072B2';
const TEXT_ONLY = new Set(['help', 'about', 'calendar', 'explain']);
/** Commands with a required option are asked with one. */
const ARGS: Record<string, string[]> = { explain: ['sofr'], export: ['reserves'] };

describe('given the offline snapshot', () => {
  // The chat commands answer only in a chat (tests/commands/chats.test.ts).
  for (const c of commands.filter((x) => !x.perChat)) {
    it(`/${c.name} answers with a title, dated figures${TEXT_ONLY.has(c.name) ? '' : ' and a checked chart'}`, async () => {
      const a = answered(await svc.ask(c.name, ARGS[c.name] ?? []));
      expect(a.title.length).toBeGreaterThan(5);
      expect(a.fields.length).toBeGreaterThan(0);
      if (TEXT_ONLY.has(c.name)) expect(a.stale).toBeUndefined();
      // Asked about "now" (2026-11-23) from a snapshot that ends in mid-2026: the first line says how old.
      else expect(a.stale).toMatch(/^Offline snapshot: data as of \w{3} \w{3} \d+, 20\d\d, \d+ days ago\.( [^\n]+)?$/);
      if (TEXT_ONLY.has(c.name)) {
        expect(a.chart).toBeUndefined();
        return;
      }
      for (const x of a.asOf) {
        expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(x.source.length).toBeGreaterThan(3);
      }
      expect(a.nextRelease).toMatch(/^Next release \(live mode only\): \w{3} \w{3} \d+ \d+:\d{2} (am|pm) ET/);
      expect(a.chart).toBeDefined();
      const png = a.chart!.png;
      expect(hasPngSignature(png)).toBe(true);
      const img = await decodePng(png);
      // Small multiples (/stress) stack their panels in one column, as tall as they need (phone first).
      expect(img.width).toBe(1200);
      expect([675, ...[1, 2, 3, 4, 5, 6].map(panelsHeight)]).toContain(img.height);
      // Data: the main series colour is drawn inside the plot area.
      expect(countNear(img, MAIN, { x: 80, y: 120, w: 1000, h: 460 }, 12)).toBeGreaterThan(150);
      // Text: the bold title at the top left and the footer at the bottom right.
      expect(hasText(img, { x: 0, y: 0, w: 600, h: 50 }, 'dark', 300)).toBe(true);
      expect(hasText(img, { x: 700, y: img.height - 35, w: 500, h: 35 }, 'dark', 100)).toBe(true);
      expect(a.chart!.alt.length).toBeGreaterThan(20);
      expect(a.chart!.name).toMatch(/^[a-z0-9-]+\.png$/);
    });
  }

  it('the corridor band is drawn across a long regime (Aug 1 - Sep 18, 2019: two step points 48 days apart)', async () => {
    const a = answered(await svc.askText('/corridor date:2019-09-30 range:3m'));
    const img = await decodePng(a.chart!.png);
    const CORRIDOR_FILL_DARK = '#4E5158';
    // Mid-August to mid-September sits in the middle of the plot: the band must be there, not a gap.
    expect(countNear(img, CORRIDOR_FILL_DARK, { x: 500, y: 226, w: 280, h: 345 }, 6)).toBeGreaterThan(1000);
  });

  it('IORB is drawn as a step line across a long regime (4.40% from 2024-12-19 to 2025-09-17), not broken as missing data', async () => {
    const a = answered(await svc.askText('/sofr date:2025-10-31 range:6m'));
    const img = await decodePng(a.chart!.png);
    const IORB_GREEN = '#009E73';
    // June to August lies in the middle of the plot; IORB ran flat at 4.40% through it. The SOFR
    // 1st-99th percentile band (in the snapshot since issue 10) now lies under the line and blends
    // its anti-aliased edges, so fewer pixels are pure green than before; a broken line shows none.
    expect(countNear(img, IORB_GREEN, { x: 300, y: 130, w: 450, h: 470 }, 12)).toBeGreaterThan(300);
  });

  it('/help lists every command of the registry', async () => {
    const a = answered(await svc.askText('/help'));
    for (const c of commands) expect(a.fields.some((f) => f.label.startsWith(`/${c.name}`))).toBe(true);
  });

  it('/about names each source with its newest date and the data mode', async () => {
    const a = answered(await svc.askText('/about'));
    expect(a.title).toBe('Data: offline snapshot');
    const sofr = newestInSnapshot('SOFR');
    expect(a.fields.find((f) => f.label === 'SOFR')?.value).toBe(`${sofr.date} · ${sofr.source}`);
    const srf = newestInSnapshot('SRF_VOLUME');
    expect(a.fields.find((f) => f.label === 'SRF usage')?.value).toBe(`${srf.date} · ${srf.source}`);
  });
});
