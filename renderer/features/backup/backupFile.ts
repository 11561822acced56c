import { decodeBackup, encodeBackup, type DecodeResult } from '../../../shared/backup/backupCodec';
import type { BackupEnvelope } from '../../../shared/backup/backupFormat';
import { dailyBackupFileName } from '../../../shared/backup/backupFileName';
import { todayIso } from '../../app/format/dates';
import type { KonventDatabase } from '../../db/database';
import { readBackupContent } from '../../db/backup/readBackupContent';
import { databaseShape } from '../../db/backup/databaseShape';
import { currentSchemaVersion } from '../../db/schemaVersions';

export interface CreatedBackup {
  bytes: Uint8Array;
  fileName: string;
  envelope: BackupEnvelope;
}

/** The whole database as one backup file, named for today: Konvent-Sicherung-2026-03-11.konvent. */
export async function createBackupFile(
  db: KonventDatabase,
  appVersion: string,
  onProgress: (fraction: number) => void = () => undefined,
  now: Date = new Date(),
): Promise<CreatedBackup> {
  // Reading is about half the work; writing, hashing and packing the rest (each in short slices).
  const content = await readBackupContent(db, ({ fraction }) => onProgress(fraction * 0.5));
  const { bytes, envelope } = await encodeBackup(
    content,
    { appVersion, schemaVersion: currentSchemaVersion, createdAt: now.toISOString() },
    { onProgress: (fraction) => onProgress(0.5 + fraction * 0.5) },
  );
  onProgress(1);
  return { bytes, fileName: dailyBackupFileName(todayIso(now)), envelope };
}

/** Checks a whole file against this database, before the user is asked; nothing is changed by reading. */
export function readBackupFile(db: KonventDatabase, bytes: Uint8Array): Promise<DecodeResult> {
  return decodeBackup(bytes, currentSchemaVersion, databaseShape(db));
}
