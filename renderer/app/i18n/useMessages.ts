import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/domain/settings';
import { catalogs, type Messages } from './catalog';
import { errorText } from './resolveMessage';

export const LanguageContext = createContext<Language>('de');

/** The UI strings in the language chosen in Einstellungen (German by default). */
export function useMessages(): Messages {
  return catalogs[useContext(LanguageContext)];
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The text of a failed save or action in the UI language (rule codes resolved; see errorText). */
export function useErrorText(): (error: unknown) => string {
  const messages = useMessages();
  return (error) => errorText(messages, error);
}
