import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { dailyBackupDate, dailyBackupFileName, safetyBackupFileName } from '../../shared/backup/backupFileName';
import { decideRetention } from '../../shared/backup/retention';
import { writeFileAtomic } from './atomicWrite';
import { fileInsideFolder } from './confinedPath';
import { UserFacingError } from '../ipc/userFacingError';

const two = (n: number) => String(n).padStart(2, '0');
/** The local calendar date of the main process's clock, "2026-03-11". */
export const localIsoDate = (now: Date): string => `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
const localTime = (now: Date): string => `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;

/**
 * Writes backup files into the chosen backup folder and applies the retention rule of
 * shared/backup/retention.ts to the daily files there. The main process names every file by its
 * own clock (the renderer only says "daily" or "safety"), never overwrites an existing backup,
 * and only ever deletes the app's own daily file names dated up to today: a compromised
 * renderer cannot make it delete a real backup.
 */
export async function writeBackupToFolder(
  folder: string,
  bytes: Uint8Array,
  kind: 'daily' | 'safety',
  now: Date,
): Promise<{ path: string; removed: string[] }> {
  const today = localIsoDate(now);
  const fileName = kind === 'daily' ? dailyBackupFileName(today) : safetyBackupFileName(today, localTime(now));
  const target = await fileInsideFolder(folder, fileName);
  const existing = await lstat(target).catch(() => null);
  if (existing && kind === 'daily') {
    // Today's backup is there already: it stays as it is (the first of the day wins).
    return { path: target, removed: [] };
  }
  if (existing) throw new UserFacingError('Eine Sicherung mit diesem Namen gibt es schon. Bitte in einer Sekunde noch einmal versuchen.');
  await writeFileAtomic(target, bytes);
  const removed = kind === 'daily' ? await applyRetention(folder, today) : [];
  return { path: target, removed };
}

export async function applyRetention(folder: string, today: string): Promise<string[]> {
  const names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const { remove } = decideRetention(names, today);
  for (const name of remove) await rm(path.join(folder, name));
  return remove;
}

/** Date of the newest daily backup in the folder up to today (a future date would stop daily backups), or null. */
export async function latestDailyBackup(folder: string, today: string): Promise<string | null> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const dates = names
    .map(dailyBackupDate)
    .filter((d): d is string => d !== null && d <= today)
    .sort();
  return dates.at(-1) ?? null;
}
