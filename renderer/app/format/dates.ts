import { format, parseISO } from 'date-fns';
import { de, enGB } from 'date-fns/locale';
import { germanDate } from '../../../shared/dates/germanDates';
import type { Language } from '../../../shared/domain/settings';

const locales = { de, en: enGB };

/** "Mi., 11.03.2026" */
export function formatDateShort(isoDate: string, language: Language = 'de'): string {
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
