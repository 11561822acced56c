import { describe, expect, it } from 'vitest';
import { germanDate, germanDateWithWeekday, germanMonthName } from '../../../../shared/dates/germanDates';

/** These texts end up in stored plan notes, CSV files and printed documents: their bytes are pinned. */
describe('German dates written into data', () => {
  it('writes the numeric date used in messages, CSV and print', () => {
    expect(germanDate('2025-04-28')).toBe('28.04.2025');
    expect(germanDate('2026-01-01')).toBe('01.01.2026');
  });

  it('writes the date with weekday used in stored plan notes', () => {
    expect(germanDateWithWeekday('2025-11-19')).toBe('Mi., 19.11.2025');
    expect(germanDateWithWeekday('2026-03-29')).toBe('So., 29.03.2026');
    expect(germanDateWithWeekday('2026-03-09')).toBe('Mo., 09.03.2026');
  });

  it('names the months in German', () => {
    expect(Array.from({ length: 12 }, (_, i) => germanMonthName(i + 1))).toEqual([
      'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
    ]);
  });
});
