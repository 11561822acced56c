import { MAX_UNPACKED_BYTES, type BackupProblem } from '../../../shared/backup/backupCodec';
import { isDomainTableName } from '../../../shared/domain/tables';
import type { Messages } from '../../app/i18n/catalog';

const reasonKey = {
  missing: 'missing',
  'wrong-type': 'wrongType',
  'too-small': 'tooSmall',
  'too-big': 'tooBig',
  format: 'format',
  value: 'value',
} as const;

/** One sentence per reason a backup file is refused, in the user's language. */
export function backupProblemMessage(problem: BackupProblem, t: Messages['backup']): string {
  const label = (table: string) => tableLabel(table, t);
  switch (problem.code) {
    case 'too-large':
      return t.problems.tooLarge;
    case 'unpacks-too-large':
      return t.problems.unpacksTooLarge(`${MAX_UNPACKED_BYTES / 1024 / 1024} MB`);
    case 'too-deep':
      return t.problems.tooDeep;
    case 'unknown-sync-table':
      return t.problems.unknownSyncTable(label(problem.table));
    case 'missing-key':
      return t.problems.missingKey(label(problem.table), problem.index + 1, fieldLabel(problem.field, t));
    case 'duplicate-key':
      return t.problems.duplicateKey(label(problem.table), fieldLabel(problem.field, t));
    case 'not-readable':
      return t.problems.notReadable;
    case 'not-konvent':
      return t.problems.notKonvent;
    case 'newer-format':
      return t.problems.newerFormat(problem.formatVersion);
    case 'newer-schema':
      return t.problems.newerSchema;
    case 'hash-mismatch':
      return t.problems.hashMismatch;
    case 'missing-table':
      return t.problems.missingTable(label(problem.table));
    case 'unknown-table':
      return t.problems.unknownTable(label(problem.table));
    case 'invalid-row':
      return t.problems.invalidRow(label(problem.table), problem.label ?? t.problems.rowNumber(problem.index + 1), fieldLabel(problem.field, t), t.problems.invalidReasons[reasonKey[problem.reason]]);
    case 'duplicate-id':
      return t.problems.duplicateId(label(problem.table));
    case 'count-mismatch':
      return t.problems.countMismatch(label(problem.table));
  }
}

/** A table in words: "Personen", "Kennung dieses PCs"; an unknown name stays as it is. */
export function tableLabel(table: string, t: Messages['backup']): string {
  if (isDomainTableName(table)) return t.tables[table];
  return Object.hasOwn(t.syncTables, table) ? (t.syncTables as Record<string, string>)[table]! : table;
}

/** A field in words: "Person", "Sitzung"; an unknown name stays as it is. */
export function fieldLabel(field: string, t: Messages['backup']): string {
  return Object.hasOwn(t.fields, field) ? (t.fields as Record<string, string>)[field]! : field;
}
