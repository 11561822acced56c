import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { dailyBackupDate, isBackupFileName } from '../../shared/backup/backupFileName';
import { decideRetention } from '../../shared/backup/retention';
import { writeFileAtomic } from './atomicWrite';
import { fileInsideFolder, PathEscapeError } from './confinedPath';

/**
 * Writes backup files into the chosen backup folder and applies the retention rule of
 * shared/backup/retention.ts to the daily files there. Only the app's own daily file names are
 * ever deleted; other files in the folder are left alone.
 */
export async function writeBackupToFolder(
  folder: string,
  fileName: string,
  bytes: Uint8Array,
  kind: 'daily' | 'safety',
): Promise<{ path: string; removed: string[] }> {
  if (!isBackupFileName(fileName)) throw new PathEscapeError(`Kein Name einer Sicherungsdatei: ${fileName}`);
  const target = await fileInsideFolder(folder, fileName);
  await writeFileAtomic(target, bytes);
  const removed = kind === 'daily' ? await applyRetention(folder) : [];
  return { path: target, removed };
}

export async function applyRetention(folder: string): Promise<string[]> {
  const names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const { remove } = decideRetention(names);
  for (const name of remove) await rm(path.join(folder, name));
  return remove;
}

/** Date of the newest daily backup in the folder, or null. */
export async function latestDailyBackup(folder: string): Promise<string | null> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const dates = names.map(dailyBackupDate).filter((d): d is string => d !== null).sort();
  return dates.at(-1) ?? null;
}
