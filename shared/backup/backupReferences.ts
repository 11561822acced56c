import type { DomainTableName } from '../domain/tables';
import type { BackupContent } from './backupFormat';

/** A field of one table that holds the id of a row of another table. */
export interface Reference {
  table: DomainTableName;
  field: string;
  target: DomainTableName;
}

export const backupReferences: readonly Reference[] = [
  { table: 'memberships', field: 'personId', target: 'persons' },
  { table: 'memberships', field: 'territoryId', target: 'territories' },
  { table: 'deputies', field: 'membershipId', target: 'memberships' },
  { table: 'deputies', field: 'personId', target: 'persons' },
  { table: 'roles', field: 'personId', target: 'persons' },
  { table: 'plans', field: 'startTerritoryId', target: 'territories' },
  { table: 'sittings', field: 'planId', target: 'plans' },
  { table: 'sittings', field: 'hostTerritoryId', target: 'territories' },
  { table: 'attendance', field: 'sittingId', target: 'sittings' },
  { table: 'attendance', field: 'membershipId', target: 'memberships' },
  { table: 'attendance', field: 'deputyPersonId', target: 'persons' },
  { table: 'guests', field: 'sittingId', target: 'sittings' },
  { table: 'agendaItems', field: 'sittingId', target: 'sittings' },
  { table: 'decisions', field: 'agendaItemId', target: 'agendaItems' },
  { table: 'actionItems', field: 'sittingId', target: 'sittings' },
  { table: 'actionItems', field: 'agendaItemId', target: 'agendaItems' },
  { table: 'minutes', field: 'sittingId', target: 'sittings' },
  { table: 'minutes', field: 'approvedInSittingId', target: 'sittings' },
  { table: 'minutesVersions', field: 'minutesId', target: 'minutes' },
];

export interface MissingReferences extends Reference {
  /** How many rows of `table` name, in `field`, a row of `target` that the backup does not hold. */
  count: number;
}

/**
 * Rows that point to rows the backup does not contain (a person deleted on one PC while another
 * recorded attendance, or a hand-edited file). They are restored as they are, but the preview
 * lists them with counts, so nobody is surprised by "Unbekannte Person" afterwards.
 */
export function missingReferences(tables: BackupContent['tables']): MissingReferences[] {
  const ids = new Map<DomainTableName, Set<string>>();
  const idsOf = (table: DomainTableName) => {
    let set = ids.get(table);
    if (!set) {
      set = new Set((tables[table] as { id: string }[]).map((row) => row.id));
      ids.set(table, set);
    }
    return set;
  };
  const result: MissingReferences[] = [];
  for (const reference of backupReferences) {
    const known = idsOf(reference.target);
    let count = 0;
    for (const row of tables[reference.table] as unknown as Record<string, unknown>[]) {
      const value = row[reference.field];
      if (typeof value === 'string' && !known.has(value)) count += 1;
    }
    if (count > 0) result.push({ ...reference, count });
  }
  return result;
}
