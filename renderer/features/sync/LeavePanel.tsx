import { useState } from 'react';
import { useMessages } from '../../app/i18n/useMessages';
import type { SyncConnection } from '../../sync/syncConnection';

/** Leave the folder (the data stays on this PC); afterwards another folder can be joined. */
export function LeavePanel({ connection }: { connection: SyncConnection }) {
  const messages = useMessages();
  const t = messages.sync.leave;
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="panel">
      <h2>{t.heading}</h2>
      <p>{t.body}</p>
      {confirming ? (
        <div className="notice warn" role="alert">
          <p>{t.confirm}</p>
          <div className="toolbar">
            <button type="button" className="button danger" onClick={() => void connection.leave()}>
              {t.confirmYes}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {messages.common.actions.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t.leave}
        </button>
      )}
    </div>
  );
}
