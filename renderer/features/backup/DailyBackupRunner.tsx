import { useEffect } from 'react';
import { useDatabase } from '../../app/DatabaseContext';

const CHECK_EVERY_MS = 30 * 60 * 1000;

/** Mounted once by the app: checks at start and every half hour whether today's backup is due. */
export function DailyBackupRunner() {
  const db = useDatabase();
  useEffect(() => {
    // The backup code is loaded when the first check is due, not with the first screen.
    const run = () =>
      void Promise.all([import('./dailyBackup'), import('../../platform/platform')]).then(([backup, { platform }]) =>
        backup.runDailyBackupIfDue(db, platform().backupFolder, __APP_VERSION__),
      );
    const first = setTimeout(run, 3_000);
    const timer = setInterval(run, CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [db]);
  return null;
}
