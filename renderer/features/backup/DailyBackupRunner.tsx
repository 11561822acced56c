import { useEffect } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { platform } from '../../platform/platform';
import { runDailyBackupIfDue } from './dailyBackup';

const CHECK_EVERY_MS = 30 * 60 * 1000;

/** Mounted once by the app: checks at start and every half hour whether today's backup is due. */
export function DailyBackupRunner() {
  const db = useDatabase();
  useEffect(() => {
    const run = () => void runDailyBackupIfDue(db, platform().backupFolder, __APP_VERSION__);
    const first = setTimeout(run, 3_000);
    const timer = setInterval(run, CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [db]);
  return null;
}
