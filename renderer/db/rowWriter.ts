import { ulid } from 'ulid';
import { domainTableSchemas, type DomainRow, type DomainTableName } from '../../shared/domain/tables';
import type { KonventDatabase } from './database';

export const newId = (): string => ulid();
export const nowInstant = (): string => new Date().toISOString();

export class ValidationError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

/**
 * Validates a row against the shared schema and writes it with a fresh updatedAt. Nothing is
 * written when the row is invalid: the error names every field and its German message.
 */
export function validateRow<T extends DomainTableName>(table: T, row: unknown): DomainRow<T> {
  const parsed = domainTableSchemas[table].safeParse({ ...(row as object), updatedAt: nowInstant() });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new ValidationError(issues.map((i) => i.message).join(' · '), issues);
  }
  return parsed.data as DomainRow<T>;
}

export async function putRow<T extends DomainTableName>(db: KonventDatabase, table: T, row: unknown): Promise<DomainRow<T>> {
  const valid = validateRow(table, row);
  await db.domain(table).put(valid as never);
  return valid;
}

export async function putRows<T extends DomainTableName>(db: KonventDatabase, table: T, rows: readonly unknown[]): Promise<void> {
  const valid = rows.map((row) => validateRow(table, row));
  await db.domain(table).bulkPut(valid as never[]);
}
