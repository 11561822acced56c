import type { BackupProblem } from '../../../shared/backup/backupCodec';
import { isDomainTableName } from '../../../shared/domain/tables';
import type { Messages } from '../../app/i18n/catalog';

/** One sentence per reason a backup file is refused, in the user's language. */
export function backupProblemMessage(problem: BackupProblem, t: Messages['backup']): string {
  const label = (table: string) => (isDomainTableName(table) ? t.tables[table] : table);
  switch (problem.code) {
    case 'too-large':
      return t.problems.tooLarge;
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
      return t.problems.invalidRow(label(problem.table), problem.index + 1, problem.field, problem.message);
    case 'duplicate-id':
      return t.problems.duplicateId(label(problem.table));
    case 'count-mismatch':
      return t.problems.countMismatch(label(problem.table));
  }
}
