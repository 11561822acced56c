import { isoWeekday, type IsoDate } from './isoDates';

/**
 * Dates inside stored plan notes ("Verschoben vom Mi., 19.11.2025 …"). The notes are data, written
 * once in German like the minutes, so they are formatted here and not in the UI catalog.
 */
const weekdayShort = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'];
export const germanMonthNames = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** "Mi., 19.11.2025" */
export function germanDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${weekdayShort[isoWeekday(date) - 1]}, ${d}.${m}.${y}`;
}
