import { format, parseISO } from 'date-fns';
import { de, enGB } from 'date-fns/locale';
import { germanDate } from '../../../shared/dates/germanDates';
import type { Language } from '../../../shared/domain/settings';

const locales = { de, en: enGB };

const shortWeekdays: Partial<Record<Language, readonly string[]>> = {};
/** The locale's short weekday names, Sunday first (7 January 2024 was a Sunday). */
const weekdaysOf = (language: Language) =>
  (shortWeekdays[language] ??= Array.from({ length: 7 }, (_, day) => format(new Date(2024, 0, 7 + day), 'EEE', { locale: locales[language] })));

/**
 * "Mi., 11.03.2026". Lists show a date per row: a plain ISO date is put together from its parts and
 * the locale's weekday name (the same text as date-fns' format, at a fraction of its cost).
 */
export function formatDateShort(isoDate: string, language: Language = 'de'): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (parts) {
    const [, year, month, day] = parts as unknown as [string, string, string, string];
    const date = new Date(Number(year), Number(month) - 1, Number(day));
    if (Number(year) >= 1000 && date.getMonth() === Number(month) - 1 && date.getDate() === Number(day)) {
      const weekday = weekdaysOf(language)[date.getDay()]!;
      return language === 'de' ? `${weekday}, ${day}.${month}.${year}` : `${weekday}, ${day}/${month}/${year}`;
    }
  }
  return format(parseISO(isoDate), language === 'de' ? 'EEE, dd.MM.yyyy' : 'EEE, dd/MM/yyyy', { locale: locales[language] });
}

/** "Mittwoch, 11. März 2026" */
export function formatDateLong(isoDate: string, language: Language = 'de'): string {
  return format(parseISO(isoDate), language === 'de' ? 'EEEE, d. MMMM yyyy' : 'EEEE, d MMMM yyyy', { locale: locales[language] });
}

/** "11.03.2026" (English: "11/03/2026") */
const numericDates = new Map<string, string>();
export function formatDateNumeric(isoDate: string, language: Language = 'de'): string {
  const key = language + isoDate;
  let text = numericDates.get(key);
  if (text === undefined) {
    text = language === 'de' ? germanDate(isoDate) : format(parseISO(isoDate), 'dd/MM/yyyy');
    // Lists show the same few hundred dates over and over; formatting one costs tens of microseconds.
    if (numericDates.size < 10_000) numericDates.set(key, text);
  }
  return text;
}

/** "11.03.2026, 14:05" from an instant */
export function formatInstant(isoInstant: string): string {
  return format(new Date(isoInstant), 'dd.MM.yyyy, HH:mm');
}

/** Today as ISO date in local time. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
