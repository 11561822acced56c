import type { Language } from '../../../../shared/domain/settings';

/** The locale of date and time fields follows the UI language, never the browser's or the system's. */
export function fieldLocale(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}
