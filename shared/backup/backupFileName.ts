/**
 * Backup file names. Only names of the exact daily pattern take part in retention, so a
 * safety backup made before a restore, or a file the user named, is never deleted by the app.
 */
export const BACKUP_EXTENSION = 'konvent';

const dailyPattern = /^Konvent-Sicherung-(\d{4}-\d{2}-\d{2})\.konvent$/;

/** "Konvent-Sicherung-2026-03-11.konvent" for the local calendar date 2026-03-11. */
export function dailyBackupFileName(isoDate: string): string {
  return `Konvent-Sicherung-${isoDate}.${BACKUP_EXTENSION}`;
}

/** The backup of the current data made before a restore: "Konvent-Sicherung-2026-03-11-vor-Wiederherstellung-140512.konvent". */
export function safetyBackupFileName(isoDate: string, hhmmss: string): string {
  return `Konvent-Sicherung-${isoDate}-vor-Wiederherstellung-${hhmmss}.${BACKUP_EXTENSION}`;
}

/** The date of a daily backup file, or null for any other name (those are never touched by retention). */
export function dailyBackupDate(fileName: string): string | null {
  return dailyPattern.exec(fileName)?.[1] ?? null;
}

