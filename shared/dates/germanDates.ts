import { format } from 'date-fns';
import { de } from 'date-fns/locale';
import type { IsoDate } from './isoDates';

/**
 * German dates written into data: messages, CSV, print and stored plan notes ("Verschoben vom
 * Mi., 19.11.2025 …"). These texts are German whatever the UI language, like the minutes, so they
 * are formatted here and not through the UI catalog (the UI formats with
 * renderer/app/format/dates.ts). Both outputs are pinned in test/unit/shared/dates/germanDates.test.ts.
 */
function toDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** "2025-04-28" → "28.04.2025" */
export function germanDate(date: IsoDate): string {
  return format(toDate(date), 'dd.MM.yyyy');
}

/** @public "2025-11-19" → "Mi., 19.11.2025": German document wording (the UI formats dates with its own language). */
export function germanDateWithWeekday(date: IsoDate): string {
  return format(toDate(date), 'EEE, dd.MM.yyyy', { locale: de });
}

/** @public "März" for 3: German document wording (the UI names months in its own language). */
export function germanMonthName(month: number): string {
  return format(new Date(2000, month - 1, 1), 'MMMM', { locale: de });
}
