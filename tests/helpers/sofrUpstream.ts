// A NY Fed that publishes SOFR: every business day's print from `from`, each visible once its
// publication instant (8:00 ET the next business day, or an explicit instant for the newest) has
// passed on the given clock. Answers the Markets API search (startDate/endDate) the live reader sends.
import { addDays, easternToInstant, isBusinessDay, nextBusinessDay } from '../../src/core/dates.js';
import type { IsoDate } from '../../src/core/types.js';
import type { FakeUpstream } from './fakeUpstream.js';

export const SOFR_PATH = '/api/rates/secured/sofr/search.json';

export function publishSofr(fake: FakeUpstream, o: { from: IsoDate; through: IsoDate; now: () => number; rate?: number; lastAt?: number }): void {
  const days: IsoDate[] = [];
  for (let d = o.from; d <= o.through; d = addDays(d, 1)) if (isBusinessDay(d)) days.push(d);
  const publishedAt = (d: IsoDate) => (d === o.through && o.lastAt !== undefined ? o.lastAt : easternToInstant(nextBusinessDay(d), 8, 0).getTime());
  fake.on(SOFR_PATH, (url) => {
    const start = url.searchParams.get('startDate') ?? '0000-00-00';
    const end = url.searchParams.get('endDate') ?? '9999-99-99';
    const rows = days
      .filter((d) => d >= start && d <= end && publishedAt(d) <= o.now())
      .reverse()
      .map((d, i) => ({ effectiveDate: d, type: 'SOFR', percentRate: (o.rate ?? 3.87) + (i % 2) * 0.01, percentPercentile1: 3.8, percentPercentile25: 3.85, percentPercentile75: 3.92, percentPercentile99: 4.0, volumeInBillions: 2900, revisionIndicator: '' }));
    return { json: { refRates: rows } };
  });
}
