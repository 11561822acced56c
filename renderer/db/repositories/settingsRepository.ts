import { defaultSettings, SETTINGS_ID, type Settings } from '../../../shared/domain/settings';
import type { KonventDatabase } from '../database';
import { nowInstant, putRow } from '../rowWriter';

/**
 * The settings row, or the defaults when none was saved yet. Fields added later (the
 * Geschäftsstelle's sender data) are optional in the schema; a row saved before them gets the
 * defaults for them here, so no schema version is needed for them.
 */
export async function readSettings(db: KonventDatabase): Promise<Settings> {
  const stored = await db.domain('settings').get(SETTINGS_ID);
  const defaults = defaultSettings(nowInstant());
  return stored ? { ...defaults, ...stored } : defaults;
}

export async function saveSettings(db: KonventDatabase, changes: Partial<Omit<Settings, 'id' | 'updatedAt'>>): Promise<Settings> {
  const current = await readSettings(db);
  return putRow(db, 'settings', { ...current, ...changes, id: SETTINGS_ID });
}
