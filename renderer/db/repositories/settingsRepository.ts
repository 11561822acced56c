import { defaultSettings, SETTINGS_ID, type Settings } from '../../../shared/domain/settings';
import type { KonventDatabase } from '../database';
import { nowInstant, putRow } from '../rowWriter';

/** The settings row, or the defaults when none was saved yet. */
export async function readSettings(db: KonventDatabase): Promise<Settings> {
  return (await db.domain('settings').get(SETTINGS_ID)) ?? defaultSettings(nowInstant());
}

export async function saveSettings(db: KonventDatabase, changes: Partial<Omit<Settings, 'id' | 'updatedAt'>>): Promise<Settings> {
  const current = await readSettings(db);
  return putRow(db, 'settings', { ...current, ...changes, id: SETTINGS_ID });
}
