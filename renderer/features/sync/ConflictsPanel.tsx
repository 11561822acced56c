import { useState } from 'react';
import { useMessages } from '../../app/i18n/useMessages';
import { resolveMessage } from '../../app/i18n/resolveMessage';
import { useDatabase } from '../../app/DatabaseContext';
import { SyncConnection, resolveConflict, type Resolution } from '../../sync/syncConnection';
import type { SyncOverview } from './useSyncOverview';
import { describeOrigin, describeRow, describeValue, fieldLabel, invalidRowText, tableLabel } from './syncDisplay';

/**
 * "Auf zwei Rechnern geändert": the value that applies now and the one that lost, side by side,
 * with who wrote each and when. The user picks; the decision syncs to every PC.
 */
export function ConflictsPanel({ overview, connection }: { overview: SyncOverview; connection: SyncConnection }) {
  const messages = useMessages();
  const t = messages.sync;
  const db = useDatabase();
  const [busy, setBusy] = useState<string | null>(null);
  const origin = (hlc: string) => describeOrigin(hlc, overview.clock?.deviceId, overview.state.name, overview.peers, t.conflicts);

  const resolve = async (id: string, resolution: Resolution) => {
    setBusy(id);
    try {
      await resolveConflict(db, id, resolution, db.wallClock());
      void connection.syncNow(false);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="panel" data-testid="sync-conflicts">
      <h2>
        {t.conflicts.heading} {overview.conflicts.length > 0 && <span className="badge warn">{overview.conflicts.length}</span>}
      </h2>
      {overview.conflicts.length === 0 ? (
        <p className="muted">{t.conflicts.none}</p>
      ) : (
        <>
          <p>{t.conflicts.intro}</p>
          <ul className="plain-list sync-conflicts">
            {overview.conflicts.map(({ conflict, row }) => {
              const what = [tableLabel(conflict.table, t), describeRow(conflict.table, row)].filter(Boolean).join(' · ');
              const headingId = `conflict-${conflict.id.replace(/[^A-Za-z0-9]/g, '')}`;
              return (
                <li key={conflict.id} aria-labelledby={headingId}>
                  {conflict.kind === 'field' && conflict.field && conflict.loser && conflict.winner && (
                    <>
                      <h3 id={headingId}>
                        {what} — {fieldLabel(conflict.field, t)}: <span className="sync-conflict-tag">{t.conflicts.changedOnTwo}</span>
                      </h3>
                      <div className="sync-values">
                        <div className="sync-value current">
                          <span className="sync-value-label">{t.conflicts.current}</span>
                          <span className="sync-value-text">{describeValue(conflict.winner.value, t.conflicts)}</span>
                          <span className="muted">{origin(conflict.winner.hlc)}</span>
                          <button type="button" className="button small" disabled={busy !== null} onClick={() => void resolve(conflict.id, { kind: 'keepCurrent' })}>
                            {t.conflicts.keepCurrent}
                          </button>
                        </div>
                        <div className="sync-value other">
                          <span className="sync-value-label">{t.conflicts.other}</span>
                          <span className="sync-value-text">{describeValue(conflict.loser.v, t.conflicts)}</span>
                          <span className="muted">{origin(conflict.loser.h)}</span>
                          <button type="button" className="button small primary" disabled={busy !== null} onClick={() => void resolve(conflict.id, { kind: 'takeOther' })}>
                            {t.conflicts.takeOther}
                          </button>
                        </div>
                      </div>
                    </>
                  )}
                  {conflict.kind === 'deleted' && (
                    <>
                      <h3 id={headingId}>
                        {what}: <span className="sync-conflict-tag">{t.conflicts.deletedTitle}</span>
                      </h3>
                      <p>{t.conflicts.deletedBody((conflict.fields ?? []).map((field) => fieldLabel(field, t)).join(', '))}</p>
                      <p className="muted">{conflict.winner && origin(conflict.winner.hlc)}</p>
                      <div className="toolbar">
                        <button type="button" className="button small primary" disabled={busy !== null} onClick={() => void resolve(conflict.id, { kind: 'restoreRow' })}>
                          {t.conflicts.restore}
                        </button>
                        <button type="button" className="button small" disabled={busy !== null} onClick={() => void resolve(conflict.id, { kind: 'keepDeleted' })}>
                          {t.conflicts.keepDeleted}
                        </button>
                      </div>
                    </>
                  )}
                  {conflict.kind === 'invalid' && (
                    <>
                      <h3 id={headingId}>
                        {what}: <span className="sync-conflict-tag">{t.conflicts.invalidTitle}</span>
                      </h3>
                      <p>{t.conflicts.invalidBody(invalidRowText(conflict.message ?? '', t, (code) => resolveMessage(messages, code)))}</p>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
