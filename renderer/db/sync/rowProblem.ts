import { domainTableSchemas, isDomainTableName } from '../../../shared/domain/tables';
import { isDeletedRow, visibleData, type RowState } from '../../../shared/sync/rowState';
import type { RowProblem } from './rowStore';

/** Whether a merged row (from the sync folder) can be shown: not deleted, and valid under the shared schema. */
export function rowProblem(table: string, row: RowState): RowProblem {
  if (isDeletedRow(row)) return 'deleted';
  if (!isDomainTableName(table)) return null;
  const parsed = domainTableSchemas[table].safeParse(visibleData(row));
  if (parsed.success) return null;
  return { invalid: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' · ') };
}
