import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages, useErrorText } from '../../app/i18n/useMessages';
import { restoreDeletedRows } from '../../db/repositories/memberDeletionRepository';
import { useMembersUi } from './membersUiState';

/**
 * The screen's message line: "Gespeichert", errors, and after a deletion "… wurde gelöscht.
 * [Rückgängig]". It stays until closed or replaced (no timeout: keyboard and screen-reader users
 * get the time they need); leaving the Mitglieder screen drops it.
 */
export function MembersNotice() {
  const t = useMessages().members.undo;
  const errorText = useErrorText();
  const db = useDatabase();
  const { notice, showNotice } = useMembersUi();
  const [busy, setBusy] = useState(false);

  const undo = async () => {
    if (notice?.kind !== 'undo') return;
    setBusy(true);
    try {
      await restoreDeletedRows(db, notice.rows);
      showNotice({ kind: 'info', text: t.restored });
    } catch (error) {
      showNotice({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="members-notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`members-notice notice${notice.kind === 'error' ? ' danger' : ''}`}>
          <span>{notice.text}</span>
          {notice.kind === 'undo' && (
            <button type="button" className="button small" disabled={busy} onClick={() => void undo()}>
              {t.undo}
            </button>
          )}
          <button type="button" className="button small members-notice-close" aria-label={t.close} onClick={() => showNotice(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
