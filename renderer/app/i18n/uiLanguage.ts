import { SETTINGS_ID } from '../../../shared/domain/settingsId';
import type { Language } from '../../../shared/domain/settings';
import type { KonventDatabase } from '../../db/database';
import { loadCatalog } from './catalog';

/**
 * The UI language chosen in Einstellungen, with its catalog loaded: the app renders in a language only
 * once its strings are there (no frame in the wrong language). German until set up; German too if the
 * English catalog cannot be loaded (a broken install), rather than no screen at all.
 */
export async function uiLanguage(db: KonventDatabase): Promise<Language> {
  const language = (await db.domain('settings').get(SETTINGS_ID))?.language ?? 'de';
  try {
    await loadCatalog(language);
    return language;
  } catch (error) {
    console.warn('Catalog not loaded:', error);
    return 'de';
  }
}
