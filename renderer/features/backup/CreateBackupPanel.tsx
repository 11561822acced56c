import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages } from '../../app/i18n/useMessages';
import { platform } from '../../platform/platform';
import { createBackupFile } from './backupFile';
import { fileFilter, reason } from './BackupPanelParts';

export function CreateBackupPanel() {
  const t = useMessages().backup;
  const db = useDatabase();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'danger' | 'info' } | null>(null);

  const create = async () => {
    setMessage(null);
    setProgress(0);
    try {
      const file = await createBackupFile(db, __APP_VERSION__, setProgress);
      const saved = await platform().saveFile({ suggestedName: file.fileName, content: new Blob([file.bytes as Uint8Array<ArrayBuffer>]), filter: fileFilter });
      setMessage(saved ? { text: t.created(saved.savedAs), tone: 'ok' } : { text: t.createCancelled, tone: 'info' });
    } catch (error) {
      setMessage({ text: t.failed(reason(error)), tone: 'danger' });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="backup-block">
      <div className="backup-row">
        <button type="button" className="button primary" onClick={() => void create()} disabled={progress !== null}>
          {progress === null ? t.create : t.creating}
        </button>
        {progress !== null && <progress max={1} value={progress} aria-label={t.progressLabel} />}
      </div>
      <div aria-live="polite">{message && <p className={`notice ${message.tone === 'info' ? '' : message.tone}`}>{message.text}</p>}</div>
    </div>
  );
}
