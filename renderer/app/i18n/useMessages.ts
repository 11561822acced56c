import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/domain/settings';
import { catalogs, type Messages } from './catalog';

export const LanguageContext = createContext<Language>('de');

/** The UI strings in the language chosen in Einstellungen (German by default). */
export function useMessages(): Messages {
  return catalogs[useContext(LanguageContext)];
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
