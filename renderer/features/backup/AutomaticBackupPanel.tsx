import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDateShort } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { platform } from '../../platform/platform';
import type { BackupFolderState } from '../../platform/platformBridge';
import { runDailyBackupIfDue, useLastDailyBackup } from './dailyBackup';
import { reason } from './BackupPanelParts';

export function AutomaticBackupPanel() {
  const t = useMessages().backup;
  const language = useLanguage();
  const db = useDatabase();
  const last = useLastDailyBackup();
  const [folder, setFolder] = useState<BackupFolderState | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Asked again whenever an automatic backup ran or the folder changed.
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    platform()
      .backupFolder.status()
      .then(
        (state) => live && setFolder(state),
        (e: unknown) => live && setError(reason(e)),
      );
    return () => {
      live = false;
    };
  }, [last, asked]);

  const afterChange = async (next: BackupFolderState | null) => {
    if (!next) return;
    setFolder(next);
    if (next.state === 'ready') {
      await runDailyBackupIfDue(db, platform().backupFolder, __APP_VERSION__);
      setAsked((n) => n + 1);
    }
  };
  const choose = () => {
    setError(null);
    platform().backupFolder.choose(t.auto.chooseTitle).then(afterChange, (e: unknown) => setError(reason(e)));
  };
  const grant = () => {
    setError(null);
    platform().backupFolder.grantAccess().then(afterChange, (e: unknown) => setError(reason(e)));
  };

  return (
    <div className="backup-block">
      <h3>{t.auto.title}</h3>
      <p className="muted">{t.auto.explain}</p>
      <div data-testid="backup-folder-state">
        {folder?.state === 'unsupported' && <p className="notice">{t.auto.unsupported}</p>}
        {folder?.state === 'none' && <p>{t.auto.none}</p>}
        {folder?.state === 'ready' && (
          <>
            {folder.folder && <p>{t.auto.folder(folder.folder)}</p>}
            <p>{folder.latestDaily ? t.auto.latest(formatDateShort(folder.latestDaily, language)) : t.auto.noneYet}</p>
          </>
        )}
        {folder?.state === 'unavailable' && <p className="notice warn">{t.auto.unavailable(folder.folder)}</p>}
        {folder?.state === 'needs-permission' && <p className="notice warn">{t.auto.needsPermission(folder.folder)}</p>}
      </div>
      {last?.kind === 'failed' && (
        <p className="notice danger" role="alert">
          {t.auto.lastFailed(last.reason)}
        </p>
      )}
      {error && (
        <p className="notice danger" role="alert">
          {t.failed(error)}
        </p>
      )}
      {folder && folder.state !== 'unsupported' && (
        <div className="form-actions">
          {folder.state === 'needs-permission' && (
            <button type="button" className="button primary" onClick={grant}>
              {t.auto.grant}
            </button>
          )}
          <button type="button" className="button" onClick={choose}>
            {folder.state === 'none' ? t.auto.choose : t.auto.change}
          </button>
        </div>
      )}
    </div>
  );
}
