import { z } from 'zod';
import { domainTableNames, type DomainRow, type DomainTableName } from '../domain/tables';

/**
 * A Konvent backup file (*.konvent): gzip-compressed JSON of one envelope. The sha256 covers the
 * canonical JSON of `content` (canonicalJsonNfc in shared/hashing/canonicalJson.ts), so any edit of
 * the data that does not also recompute the hash is detected; rows are checked against the domain
 * schemas besides.
 */
export const BACKUP_FORMAT = 'konvent-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Sync engine tables (DESIGN.md §4) travel too, so a restored PC keeps its clocks, unsent edits and open conflicts. */
export const syncTableNamePattern = /^_[A-Za-z]+$/;

export interface BackupContent {
  /** Every domain table, all rows. */
  tables: { [T in DomainTableName]: DomainRow<T>[] };
  /** The sync engine's own tables (_outbox, _clock, …): rows as stored. */
  sync: Record<string, Record<string, unknown>[]>;
}

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** The database schema version the rows were written with. */
  schemaVersion: number;
  /** ISO instant the backup was made. */
  createdAt: string;
  /** Row count per table, for the summary shown before a restore. */
  counts: Record<string, number>;
  sha256: string;
  content: BackupContent;
}

/** The outer shape, checked before anything else (rows are checked one by one afterwards). */
export const backupEnvelopeHeadSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string().datetime({ offset: true }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  content: z
    .object({
      tables: z.record(z.string(), z.array(z.unknown())),
      sync: z.record(z.string().regex(syncTableNamePattern), z.array(z.record(z.string(), z.unknown()))),
    })
    .strict(),
});

export function emptyBackupTables(): BackupContent['tables'] {
  return Object.fromEntries(domainTableNames.map((name) => [name, []])) as unknown as BackupContent['tables'];
}

export function countRows(content: BackupContent): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(content.tables)) counts[name] = rows.length;
  for (const [name, rows] of Object.entries(content.sync)) counts[name] = rows.length;
  return counts;
}
