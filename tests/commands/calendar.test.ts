// /calendar through the real service: 14 days from the start day, ET with UTC beside, text only.
import { describe, expect, it } from 'vitest';
import { answered, snapshotService } from './support.js';

const svc = snapshotService();
const value = (a: { fields: { label: string; value: string }[] }, label: string) => a.fields.find((f) => f.label === label)?.value ?? '';

describe('/calendar', () => {
  it('defaults to the next 14 days from today (Mon 2026-11-23): Thanksgiving closed, H.4.1 a day late, month-end', async () => {
    const a = answered(await svc.askText('/calendar'));
    expect(a.title).toBe('Nov 23 - Dec 6: Thanksgiving Nov 26, month-end Nov 30');
    expect(a.chart).toBeUndefined();
    expect(a.stale).toBeUndefined();
    expect(value(a, 'Thu Nov 26')).toBe('Fed closed: Thanksgiving Day (no SOFR, EFFR, ON RRP, SRF or DTS)');
    expect(value(a, 'Fri Nov 27')).toContain('H.4.1 (reserves, Fed assets) 16:30 ET/21:30 UTC, a day late (Nov 26 is Thanksgiving Day)');
    expect(value(a, 'Mon Nov 30')).toMatch(/^Month-end · SOFR 8:00 ET\/13:00 UTC · /);
    expect(value(a, 'Tue Nov 24')).toBe(
      'SOFR 8:00 ET/13:00 UTC · SRF AM op 8:15-8:30 ET/13:15-13:30 UTC · EFFR 9:00 ET/14:00 UTC · ON RRP results 13:15 ET/18:15 UTC · SRF PM op 13:30-13:45 ET/18:30-18:45 UTC · DTS (TGA) 16:00 ET/21:00 UTC',
    );
    // Weekends are left out, and the summary says so; one field per day, well under Discord's 25.
    expect(a.fields.map((f) => f.label)).not.toContain('Sat Nov 28');
    expect(a.fields).toHaveLength(10);
    expect(a.summary).toContain('Weekends have no releases and are left out.');
    // Compact enough for a Telegram message: each day's value well under Discord's 1024 per field.
    for (const f of a.fields) expect(f.value.length).toBeLessThan(400);
  });

  it('date:2026-12-01 lists FOMC Wed Dec 9 with the 2:00 pm ET statement at 19:00 UTC and the Dec 15 tax date', async () => {
    const a = answered(await svc.askText('/calendar date:2026-12-01'));
    expect(a.title).toBe('Dec 1 - Dec 14: FOMC Wed Dec 9');
    expect(value(a, 'Wed Dec 9')).toContain('FOMC statement 14:00 ET/19:00 UTC, press conference 14:30 ET');
    const b = answered(await svc.askText('/calendar 2026-12-10'));
    expect(b.title).toBe('Dec 10 - Dec 23: tax date Dec 15');
    expect(value(b, 'Tue Dec 15')).toMatch(/^Corporate tax date · /);
  });

  it('names the daylight-saving switch and moves UTC times across it (fall back, Sun 2026-11-01)', async () => {
    const a = answered(await svc.askText('/calendar date:2026-10-26'));
    expect(a.summary[0]).toBe('Clocks fall back on Sun Nov 1, 2026: ET is UTC-4 before and UTC-5 from then; times are ET with UTC beside them.');
    expect(value(a, 'Fri Oct 30')).toMatch(/^Month-end \(Oct 31 is a Saturday\) · SOFR 8:00 ET\/12:00 UTC/);
    expect(value(a, 'Mon Nov 2')).toMatch(/^SOFR 8:00 ET\/13:00 UTC/);
    expect(value(a, 'Wed Oct 28')).toContain('FOMC statement 14:00 ET/18:00 UTC');
  });

  it('spring forward (Sun 2026-03-08) and a tax date moved off a Sunday (2025-06-15)', async () => {
    const a = answered(await svc.askText('/calendar date:2026-03-02'));
    expect(a.summary[0]).toMatch(/^Clocks spring forward on Sun Mar 8, 2026: ET is UTC-5 before and UTC-4 from then/);
    expect(value(a, 'Fri Mar 6')).toMatch(/^SOFR 8:00 ET\/13:00 UTC/);
    expect(value(a, 'Mon Mar 9')).toMatch(/^SOFR 8:00 ET\/12:00 UTC/);
    const b = answered(await svc.askText('/calendar date:2025-06-10'));
    expect(value(b, 'Mon Jun 16, 2025')).toMatch(/^Corporate tax date, moved from Jun 15 \(a Sunday\) · /);
    expect(value(b, 'Fri Jun 20, 2025')).toContain('a day late (Jun 19 is Juneteenth)');
  });

  it('outside the known FOMC schedule it says so; a bad date gets one sentence', async () => {
    const a = answered(await svc.askText('/calendar date:2028-01-20'));
    expect(a.summary).toContain('FOMC dates are known here from 2025 through 2028-01-26; none are listed outside those years.');
    const r = await svc.askText('/calendar date:2031-02-30');
    expect(r.ok).toBe(false);
    const far = await svc.askText('/calendar date:2035-01-01');
    expect(far.ok ? '' : far.error).toBe('2035-01-01 is too far out for the schedule. Try /calendar date:2026-12-01.');
  });
});
