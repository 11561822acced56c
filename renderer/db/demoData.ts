import roster from '../../assets/demo/roster.json';
import { rosterSchema } from '../../shared/demo/rosterSchema';
import { rosterToRows, type DemoRows } from '../../shared/demo/rosterToRows';
import { domainTableSchemas, type DomainTableName } from '../../shared/domain/tables';
import { defaultSettings, SETTINGS_ID } from '../../shared/domain/settings';
import type { KonventDatabase } from './database';
import { nowInstant } from './rowWriter';

/**
 * "Beispieldaten laden": the real convent from assets/demo/roster.json, in one transaction.
 * Rows have stable ids and existing rows are left alone, so loading twice duplicates nothing.
 */
export async function loadDemoData(db: KonventDatabase): Promise<DemoRows> {
  const rows = rosterToRows(rosterSchema.parse(roster), nowInstant());
  const tables = Object.keys(rows) as (keyof DemoRows & DomainTableName)[];
  for (const table of tables) {
    for (const row of rows[table]) domainTableSchemas[table].parse(row);
  }
  await db.transaction('rw', [...tables, 'settings'].map((t) => db.table(t)), async () => {
    for (const table of tables) {
      const list = rows[table] as { id: string }[];
      const existing = await db.table(table).bulkGet(list.map((r) => r.id));
      const missing = list.filter((_, i) => existing[i] === undefined);
      if (missing.length) await db.table(table).bulkAdd(missing);
    }
    if (!(await db.domain('settings').get(SETTINGS_ID))) {
      await db.domain('settings').add(defaultSettings(nowInstant()));
    }
  });
  return rows;
}

/** "Neu beginnen": an empty register with the default settings, so the start screen is not offered again. */
export async function startEmpty(db: KonventDatabase): Promise<void> {
  if (!(await db.domain('settings').get(SETTINGS_ID))) {
    await db.domain('settings').add(defaultSettings(nowInstant()));
  }
}

/** The app counts as set up once settings exist (demo loaded or "Neu beginnen" chosen). */
export async function isSetUp(db: KonventDatabase): Promise<boolean> {
  return (await db.domain('settings').count()) > 0;
}
