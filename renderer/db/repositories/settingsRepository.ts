import { defaultSettings, SETTINGS_ID, type Settings } from '../../../shared/domain/settings';
import { keepRulesOfTheDay } from '../../../shared/sittings/rulesOfTheDay';
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

/**
 * Saves settings. Before the quorum rule or notice period changes, every sitting that has taken
 * place (marked "durchgeführt", attendance recorded, or minutes approved) and does not keep its
 * rules yet keeps the ones it was held under (rulesOfTheDay.ts): the change applies from now on.
 */
export async function saveSettings(db: KonventDatabase, changes: Partial<Omit<Settings, 'id' | 'updatedAt'>>): Promise<Settings> {
  return db.transaction('rw', [db.table('settings'), db.table('sittings'), db.table('attendance'), db.table('minutes')], async () => {
    const current = await readSettings(db);
    const rulesChange =
      (changes.quorumRule !== undefined && changes.quorumRule !== current.quorumRule) ||
      (changes.noticePeriodDays !== undefined && changes.noticePeriodDays !== current.noticePeriodDays);
    if (rulesChange) {
      const [sittings, attended, approved] = await Promise.all([
        db.domain('sittings').toArray(),
        db.domain('attendance').orderBy('sittingId').uniqueKeys(),
        db.domain('minutes').filter((m) => m.status === 'approved').toArray(),
      ]);
      const tookPlace = new Set([...attended.map(String), ...approved.map((m) => m.sittingId)]);
      for (const sitting of sittings) {
        if (sitting.rulesOfTheDay || sitting.status === 'cancelled') continue;
        if (sitting.status === 'held' || tookPlace.has(sitting.id)) await putRow(db, 'sittings', keepRulesOfTheDay(sitting, current));
      }
    }
    return putRow(db, 'settings', { ...current, ...changes, id: SETTINGS_ID });
  });
}
