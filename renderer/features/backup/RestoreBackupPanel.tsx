import { useId, useState, type ChangeEvent } from 'react';
import { format } from 'date-fns';
import type { BackupEnvelope } from '../../../shared/backup/backupFormat';
import { MAX_UNPACKED_BYTES, type BackupWarnings } from '../../../shared/backup/backupCodec';
import { safetyBackupFileName } from '../../../shared/backup/backupFileName';
import { domainTableNames } from '../../../shared/domain/tables';
import { useDatabase } from '../../app/DatabaseContext';
import { formatInstant, todayIso } from '../../app/format/dates';
import { useMessages } from '../../app/i18n/useMessages';
import type { KonventDatabase } from '../../db/database';
import { replaceDatabase, RestoreRefused } from '../../db/backup/replaceDatabase';
import { platform } from '../../platform/platform';
import { createBackupFile, readBackupFile } from './backupFile';
import { backupProblemMessage, fieldLabel, tableLabel } from './backupProblemMessage';
import { FileInputField } from '../../app/components/FileInputField';
import { fileFilter, reason } from './BackupPanelParts';

type RestoreState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'rejected'; message: string }
  | { step: 'confirm'; backup: BackupEnvelope; warnings: BackupWarnings }
  | { step: 'restoring' }
  | { step: 'done'; message: string; tone: 'ok' | 'danger' | 'warn' };

async function saveSafetyBackup(db: KonventDatabase): Promise<string | null> {
  const now = new Date();
  const file = await createBackupFile(db, __APP_VERSION__, undefined, now);
  const name = safetyBackupFileName(todayIso(now), format(now, 'HHmmss'));
  const folder = await platform().backupFolder.status();
  if (folder.state === 'ready') return (await platform().backupFolder.write(name, file.bytes, 'safety')).savedAs;
  const saved = await platform().saveFile({ suggestedName: name, content: new Blob([file.bytes as Uint8Array<ArrayBuffer>]), filter: fileFilter });
  return saved?.savedAs ?? null;
}

export function RestoreBackupPanel() {
  const t = useMessages().backup;
  const db = useDatabase();
  const inputId = useId();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });

  const check = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // A file too large to be a backup is not even read into memory.
    if (file.size > MAX_UNPACKED_BYTES) {
      setState({ step: 'rejected', message: backupProblemMessage({ code: 'too-large' }, t) });
      return;
    }
    setState({ step: 'checking' });
    try {
      const result = await readBackupFile(db, new Uint8Array(await file.arrayBuffer()));
      setState(
        result.ok
          ? { step: 'confirm', backup: result.backup, warnings: result.warnings }
          : { step: 'rejected', message: backupProblemMessage(result.problem, t) },
      );
    } catch (error) {
      setState({ step: 'rejected', message: t.failed(reason(error)) });
    }
  };

  const restore = async (backup: BackupEnvelope) => {
    setState({ step: 'restoring' });
    let safety: string | null;
    try {
      safety = await saveSafetyBackup(db);
    } catch (error) {
      setState({ step: 'done', message: `${t.failed(reason(error))} ${t.restoreFailed}`, tone: 'danger' });
      return;
    }
    if (!safety) {
      setState({ step: 'done', message: t.safetyCancelled, tone: 'warn' });
      return;
    }
    try {
      await replaceDatabase(db, backup.content);
      setState({ step: 'done', message: t.restored(safety), tone: 'ok' });
    } catch (error) {
      const text = error instanceof RestoreRefused ? `${t.problems.notThisDatabase(error.table)} ${t.restoreFailed}` : t.restoreFailed;
      setState({ step: 'done', message: text, tone: 'danger' });
    }
  };

  const busy = state.step === 'checking' || state.step === 'restoring';
  return (
    <div className="backup-block">
      <h3>{t.restoreTitle}</h3>
      <div className="field backup-file">
        <label htmlFor={inputId}>{t.chooseFile}</label>
        <FileInputField id={inputId} buttonLabel={t.chooseFileButton} accept=".konvent,application/gzip,application/octet-stream" onChange={(e) => void check(e)} disabled={busy} />
      </div>
      <div aria-live="polite">
        {state.step === 'checking' && <p className="muted">{t.checking}</p>}
        {state.step === 'restoring' && <p className="muted">{t.restoring}</p>}
        {state.step === 'rejected' && (
          <div className="notice danger" role="alert">
            <p className="backup-strong">{state.message}</p>
            <p>{t.rejected}</p>
          </div>
        )}
        {state.step === 'done' && (
          <p className={`notice ${state.tone}`} role={state.tone === 'ok' ? undefined : 'alert'}>
            {state.message}
          </p>
        )}
      </div>
      {state.step === 'confirm' && (
        <BackupSummary backup={state.backup} warnings={state.warnings} onConfirm={() => void restore(state.backup)} onCancel={() => setState({ step: 'idle' })} />
      )}
    </div>
  );
}

function BackupSummary({
  backup,
  warnings,
  onConfirm,
  onCancel,
}: {
  backup: BackupEnvelope;
  warnings: BackupWarnings;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useMessages().backup;
  const syncRows = Object.values(backup.content.sync).reduce((sum, rows) => sum + rows.length, 0);
  return (
    <div className="backup-summary" role="group" aria-labelledby="backup-summary-title">
      <h4 id="backup-summary-title">{t.summary(formatInstant(backup.createdAt), backup.appVersion)}</h4>
      <table className="data backup-counts">
        <caption className="visually-hidden">{t.contents}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tableColumn}</th>
            <th scope="col" className="number">
              {t.countColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {domainTableNames
            .filter((table) => backup.content.tables[table].length > 0)
            .map((table) => (
              <tr key={table}>
                <td>{t.tables[table]}</td>
                <td className="number">{backup.content.tables[table].length}</td>
              </tr>
            ))}
          {syncRows > 0 && (
            <tr>
              <td>{t.syncData}</td>
              <td className="number">{syncRows}</td>
            </tr>
          )}
        </tbody>
      </table>
      {warnings.missingReferences.length > 0 && (
        <div className="notice warn backup-references" role="group" aria-labelledby="backup-references-title">
          <h5 id="backup-references-title">{t.references.title}</h5>
          <p>{t.references.intro}</p>
          <ul>
            {warnings.missingReferences.map((missing) => (
              <li key={`${missing.table}.${missing.field}`}>
                {t.references.item(missing.count, tableLabel(missing.table, t), fieldLabel(missing.field, t), tableLabel(missing.target, t))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="notice warn">{t.replaceWarning}</p>
      <div className="form-actions">
        <button type="button" className="button danger" onClick={onConfirm}>
          {t.confirm}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
