import { useState } from 'react';
import { hlcInstant } from '../../../shared/sync/hlc';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages } from '../../app/i18n/useMessages';
import { formatInstant } from '../../app/format/dates';
import { SyncConnection, acceptHeldBack } from '../../sync/syncConnection';
import type { SyncOverview } from './useSyncOverview';

/** Changes of a PC whose clock is more than 24 hours ahead: shown with that PC and its time, taken when the user says so. */
export function HeldBackPanel({ overview, connection }: { overview: SyncOverview; connection: SyncConnection }) {
  const t = useMessages().sync;
  const db = useDatabase();
  const [busy, setBusy] = useState(false);
  const held = overview.status.heldBack ?? [];
  if (held.length === 0) return null;

  const accept = async (deviceId: string) => {
    setBusy(true);
    try {
      await acceptHeldBack(db, deviceId);
      await connection.syncNow(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="panel" data-testid="sync-held-back">
      <h2>
        {t.heldBack.heading} <span className="badge warn">{held.reduce((sum, entry) => sum + entry.ops, 0)}</span>
      </h2>
      <p>{t.heldBack.intro}</p>
      <ul className="plain-list">
        {held.map((entry) => {
          const pc = entry.name || t.conflicts.unknownPc;
          return (
            <li key={entry.deviceId} className="sync-held">
              <p>{t.heldBack.body(pc, entry.ops, formatInstant(hlcInstant(entry.hlc)))}</p>
              <button type="button" className="button small" disabled={busy} title={t.heldBack.hint} onClick={() => void accept(entry.deviceId)}>
                {t.heldBack.accept(pc)}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t.heldBack.hint}</p>
    </div>
  );
}
