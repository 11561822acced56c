import { describe, expect, it } from 'vitest';
import { germanPeriod, germanSpan, lastDayOf, sharedPeriod, validToAfter } from '../../../../shared/domain/periodText';

describe('period text (stored exclusive end, shown as last day)', () => {
  it('converts between the exclusive end and the last day across month and leap-year ends', () => {
    expect(lastDayOf('2026-10-01')).toBe('2026-09-30');
    expect(lastDayOf('2024-03-01')).toBe('2024-02-29');
    expect(validToAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('writes periods and overlaps in German with the inclusive last day', () => {
    expect(germanPeriod({ validFrom: '2025-04-28' })).toBe('seit 28.04.2025');
    expect(germanPeriod({ validFrom: '2025-04-28', validTo: '2026-10-01' })).toBe('28.04.2025 – 30.09.2026');
    expect(germanSpan({ validFrom: '2026-10-01' })).toBe('ab 01.10.2026');
    expect(germanSpan({ validFrom: '2026-09-01', validTo: '2026-10-01' })).toBe('vom 01.09.2026 bis 30.09.2026');
    expect(germanSpan({ validFrom: '2026-09-30', validTo: '2026-10-01' })).toBe('am 30.09.2026');
  });

  it('finds the days two periods share', () => {
    expect(sharedPeriod({ validFrom: '2025-01-01' }, { validFrom: '2026-01-01', validTo: '2026-06-01' })).toEqual({
      validFrom: '2026-01-01',
      validTo: '2026-06-01',
    });
    expect(sharedPeriod({ validFrom: '2025-01-01', validTo: '2026-03-01' }, { validFrom: '2026-01-01' })).toEqual({
      validFrom: '2026-01-01',
      validTo: '2026-03-01',
    });
  });
});
