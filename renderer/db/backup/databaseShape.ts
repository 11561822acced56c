import type { DatabaseShape } from '../../../shared/backup/restoreChecks';
import type { KonventDatabase } from '../database';

/** The tables of this database with their keys, for checking a backup before it is restored. */
export function databaseShape(db: KonventDatabase): DatabaseShape {
  return Object.fromEntries(
    db.tables.map((table) => {
      const keyPath = table.schema.primKey.keyPath;
      const unique = table.schema.indexes.filter((index) => index.unique && typeof index.keyPath === 'string').map((index) => index.keyPath as string);
      return [table.name, { primaryKey: typeof keyPath === 'string' ? keyPath : null, unique }];
    }),
  );
}
