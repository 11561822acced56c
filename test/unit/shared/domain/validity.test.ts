import { describe, expect, it } from 'vitest';
import { isValidOn, periodsOverlap } from '../../../../shared/domain/validity';

describe('validity as of a date', () => {
  it('includes the first day and excludes the end day', () => {
    const period = { validFrom: '2025-04-28', validTo: '2025-07-01' };
    expect(isValidOn(period, '2025-04-27')).toBe(false);
    expect(isValidOn(period, '2025-04-28')).toBe(true);
    expect(isValidOn(period, '2025-06-30')).toBe(true);
    expect(isValidOn(period, '2025-07-01')).toBe(false);
  });

  it('treats an empty end as open-ended', () => {
    expect(isValidOn({ validFrom: '2025-04-28' }, '2099-12-31')).toBe(true);
  });

  it('detects overlaps of half-open periods, and touching periods do not overlap', () => {
    expect(periodsOverlap({ validFrom: '2020-01-01', validTo: '2025-07-01' }, { validFrom: '2025-07-01' })).toBe(false);
    expect(periodsOverlap({ validFrom: '2020-01-01', validTo: '2025-07-02' }, { validFrom: '2025-07-01' })).toBe(true);
    expect(periodsOverlap({ validFrom: '2025-01-01' }, { validFrom: '2020-01-01', validTo: '2024-01-01' })).toBe(false);
    expect(periodsOverlap({ validFrom: '2025-01-01' }, { validFrom: '2026-01-01' })).toBe(true);
  });
});
