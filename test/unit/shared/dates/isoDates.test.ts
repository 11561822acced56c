import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isoDate,
  isoWeekday,
  isRealIsoDate,
  isWeekend,
  monthOf,
  nthWeekdayOfMonth,
} from '../../../../shared/dates/isoDates';

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

/** Day-by-day reference in UTC milliseconds, independent of the module under test. */
function utcReference(start: string, days: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('ISO date arithmetic', () => {
  it.each(['Europe/Berlin', 'America/Sao_Paulo', 'Pacific/Auckland', 'UTC', 'Asia/Kathmandu'])(
    'gives the same calendar days in %s, across both daylight-saving changes',
    (zone) => {
      process.env.TZ = zone;
      for (let n = -400; n <= 400; n++) {
        expect(addDays('2026-03-29', n)).toBe(utcReference('2026-03-29', n));
        expect(daysBetween('2026-03-29', utcReference('2026-03-29', n))).toBe(n);
      }
      expect(isoWeekday('2026-03-29')).toBe(7);
      expect(isoWeekday('2026-10-26')).toBe(1);
    },
  );

  it('knows weekdays, month lengths and the n-th weekday of a month', () => {
    expect(isoWeekday('2026-03-11')).toBe(3);
    expect(isWeekend('2026-03-14')).toBe(true);
    expect(isWeekend('2026-03-13')).toBe(false);
    expect(monthOf('2026-11-05')).toBe(11);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(isoDate(2026, 3, 1)).toBe('2026-03-01');
    expect(nthWeekdayOfMonth(2026, 3, 3, 2)).toBe('2026-03-11');
    expect(nthWeekdayOfMonth(2026, 8, 1, -1)).toBe('2026-08-31');
  });

  it('adds months and keeps the day inside the shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('tells real calendar days from impossible ones', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-04-31')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
  });
});
