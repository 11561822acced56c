import { format, parseISO } from 'date-fns';
import { de, enGB } from 'date-fns/locale';
import type { Language } from '../../../shared/domain/settings';

const locales = { de, en: enGB };

/** "14.01.2026" (German) or "14/01/2026" (English) */
export function numericDate(isoDate: string, language: Language): string {
  return format(parseISO(isoDate), language === 'de' ? 'dd.MM.yyyy' : 'dd/MM/yyyy');
}

/** "Mittwoch" */
export function weekdayName(isoDate: string, language: Language): string {
  return format(parseISO(isoDate), 'EEEE', { locale: locales[language] });
}

/** ISO weekday 1…7 → "Mittwoch" */
export function weekdayNameOf(isoWeekday: number, language: Language): string {
  // 2024-01-01 was a Monday.
  return weekdayName(`2024-01-0${isoWeekday}`, language);
}

/** 1…12 → "März" */
export function monthName(month: number, language: Language): string {
  return format(new Date(2024, month - 1, 1), 'LLLL', { locale: locales[language] });
}

/** ISO weekday 1…7 → "Mi" (calendar column heads) */
export function weekdayShortOf(isoWeekday: number, language: Language): string {
  return format(parseISO(`2024-01-0${isoWeekday}`), 'EEEEEE', { locale: locales[language] });
}
