import { dailyBackupDate } from './backupFileName';

export const KEEP_DAILY = 14;
export const KEEP_MONTHLY = 12;

export interface RetentionDecision {
  keep: string[];
  remove: string[];
}

/**
 * Which daily backup files to keep: the newest file of each of the 14 newest days that have a
 * backup, and the newest file of each of the 12 newest months that have a backup. The two sets
 * overlap (the newest day is also its month's newest), as in restic's --keep-daily/--keep-monthly.
 * Files that do not match the daily name pattern are ignored: they are neither kept nor removed.
 * So are files dated after `today` (a PC with a wrong clock, or names written by someone else):
 * a date in the future never takes the place of a real backup, so it can never cause a deletion.
 */
export function decideRetention(fileNames: readonly string[], today: string, keepDaily = KEEP_DAILY, keepMonthly = KEEP_MONTHLY): RetentionDecision {
  const dated = fileNames
    .map((name) => ({ name, date: dailyBackupDate(name) }))
    .filter((f): f is { name: string; date: string } => f.date !== null && f.date <= today)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.name < b.name ? 1 : -1));

  const keep = new Set<string>();
  const newestPer = (bucketOf: (date: string) => string, limit: number) => {
    const seen = new Set<string>();
    for (const file of dated) {
      const bucket = bucketOf(file.date);
      if (seen.has(bucket)) continue;
      if (seen.size >= limit) break;
      seen.add(bucket);
      keep.add(file.name);
    }
  };
  newestPer((date) => date, keepDaily);
  newestPer((date) => date.slice(0, 7), keepMonthly);

  return {
    keep: dated.filter((f) => keep.has(f.name)).map((f) => f.name),
    remove: dated.filter((f) => !keep.has(f.name)).map((f) => f.name),
  };
}
