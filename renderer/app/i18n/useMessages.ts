import { createContext, useCallback, useContext } from 'react';
import type { Language } from '../../../shared/domain/settings';
import { catalogFor, type Messages } from './catalog';
import { errorText } from './resolveMessage';
import { formatDateNumeric } from '../format/dates';

export const LanguageContext = createContext<Language>('de');

/** The UI strings in the language chosen in Einstellungen (German by default). */
export function useMessages(): Messages {
  return catalogFor(useContext(LanguageContext));
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The text of a failed save or action in the UI language (rule codes resolved; see errorText). */
export function useErrorText(): (error: unknown) => string {
  const messages = useMessages();
  return (error) => errorText(messages, error);
}

/** A day as the UI writes it: "28.04.2025" in German, "28/04/2025" in English. */
export function useNumericDate(): (isoDate: string) => string {
  const language = useLanguage();
  return useCallback((isoDate: string) => formatDateNumeric(isoDate, language), [language]);
}
