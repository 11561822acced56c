import { useSyncExternalStore } from 'react';
import { todayIso } from '../../app/format/dates';
import type { KonventDatabase } from '../../db/database';
import { isSetUp } from '../../db/demoData';
import type { BackupFolderHost } from '../../platform/platformBridge';
import { createBackupFile } from './backupFile';

export type DailyBackupOutcome =
  | { kind: 'written'; fileName: string }
  | { kind: 'not-due' }
  | { kind: 'no-folder' }
  | { kind: 'nothing-to-save' }
  | { kind: 'failed'; reason: string };

let running: Promise<DailyBackupOutcome> | null = null;
let lastOutcome: DailyBackupOutcome | null = null;
const listeners = new Set<() => void>();

/**
 * Writes today's backup into the backup folder unless the folder already has one for today.
 * Runs at most once at a time (React's strict mode and the timer may both ask).
 */
export function runDailyBackupIfDue(db: KonventDatabase, host: BackupFolderHost, appVersion: string, now = new Date()): Promise<DailyBackupOutcome> {
  running ??= (async (): Promise<DailyBackupOutcome> => {
    try {
      const status = await host.status();
      if (status.state !== 'ready') return { kind: 'no-folder' };
      if (status.latestDaily !== null && status.latestDaily >= todayIso(now)) return { kind: 'not-due' };
      if (!(await isSetUp(db))) return { kind: 'nothing-to-save' };
      const file = await createBackupFile(db, appVersion, undefined, now);
      await host.write(file.fileName, file.bytes, 'daily');
      return { kind: 'written', fileName: file.fileName };
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  })().then((outcome) => {
    running = null;
    if (outcome.kind === 'written' || outcome.kind === 'failed') {
      lastOutcome = outcome;
      for (const listener of listeners) listener();
    }
    return outcome;
  });
  return running;
}

/** The last automatic backup that was written or failed in this session (for the panel). */
export function useLastDailyBackup(): DailyBackupOutcome | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastOutcome,
  );
}
