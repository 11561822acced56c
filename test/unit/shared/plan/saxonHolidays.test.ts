import { describe, expect, it } from 'vitest';
import { saxonHolidayName, saxonHolidays } from '../../../../shared/plan/saxonHolidays';
import { officialSaxonHolidays } from './officialSaxonHolidays';

describe('Saxon public holidays (feiertagejs, region SN)', () => {
  it.each(Object.entries(officialSaxonHolidays))('%s matches the official list', (year, dates) => {
    expect([...saxonHolidays(Number(year)).keys()].sort()).toEqual(dates);
  });

  it('names Buß- und Bettag and Reformationstag', () => {
    expect(saxonHolidayName('2025-11-19')).toBe('Buß- und Bettag');
    expect(saxonHolidayName('2026-11-18')).toBe('Buß- und Bettag');
    expect(saxonHolidayName('2026-10-31')).toBe('Reformationstag');
    expect(saxonHolidayName('2026-11-19')).toBeUndefined();
  });
});
