import { useState } from 'react';
import { useMessages } from '../../app/i18n/useMessages';
import { formatInstant } from '../../app/format/dates';
import type { SyncConnection, ClockWarning } from '../../sync/syncConnection';
import type { SyncOverview } from './useSyncOverview';
import { formatDuration } from './syncDisplay';
import { VanishedNotice } from './VanishedNotice';

/** Where this PC stands: folder, name, last sync, waiting changes, and why sync paused if it did. */
export function StatusPanel({ overview, connection }: { overview: SyncOverview; connection: SyncConnection }) {
  const t = useMessages().sync;
  const [running, setRunning] = useState(false);
  const [name, setName] = useState(overview.state.name);
  const { state, status } = overview;

  const act = async (action: () => Promise<unknown>) => {
    setRunning(true);
    try {
      await action();
    } finally {
      setRunning(false);
    }
  };
  const syncNow = () => act(() => connection.syncNow(true));

  return (
    <div className="panel">
      <h2>{t.status.heading}</h2>
      {status.state === 'paused' && status.pause && (
        <div className="notice warn" role="alert">
          <strong>{t.pause.heading}.</strong>{' '}
          {status.pause.reason === 'newerFormat' ? t.pause.newerFormat(status.pause.detail ?? '?') : t.pause[status.pause.reason]}
          {status.pause.reason === 'formatUnreadable' && status.pause.detail && <> {t.badFiles.rule(status.pause.detail)}</>}
          <div className="toolbar sync-pause-actions">
            {status.pause.reason === 'folderEmpty' && (
              <button type="button" className="button small primary" disabled={running} onClick={() => void act(() => connection.restoreFolder())} title={t.pause.restoreHint}>
                {t.pause.restore}
              </button>
            )}
            {status.pause.reason === 'folderReplaced' && (
              <button type="button" className="button small primary" disabled={running} onClick={() => void act(() => connection.joinReplacement())}>
                {t.pause.joinReplacement}
              </button>
            )}
            <button type="button" className="button small" disabled={running} onClick={() => void syncNow()}>
              {status.pause.reason === 'noAccess' ? t.pause.grantAccess : t.pause.retry}
            </button>
          </div>
        </div>
      )}
      {status.state === 'failed' && status.error && (
        <p className="notice danger" role="alert">
          {t.status.failed(status.errorCode ? t.status.folderErrors[status.errorCode] : t.status.unexpected(status.error))}
        </p>
      )}
      {state.fork && <p className="notice">{t.status.forked(state.fork.from, state.fork.to)}</p>}
      <ClockWarnings warnings={status.clockWarnings} />
      <VanishedNotice overview={overview} />
      <dl className="sync-facts">
        <dt>{t.status.folder}</dt>
        <dd className="sync-path">{overview.folder?.label ?? state.folderLabel}</dd>
        <dt>
          <label htmlFor="sync-pc-name">{t.status.pcName}</label>
        </dt>
        <dd className="sync-rename">
          <input id="sync-pc-name" type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
          <button type="button" className="button small" disabled={!name.trim() || name.trim() === state.name} onClick={() => void connection.rename(name)}>
            {t.status.rename}
          </button>
        </dd>
        <dt>{t.status.lastSuccess}</dt>
        <dd data-testid="sync-last-success">{status.lastSuccessAt ? formatInstant(status.lastSuccessAt) : t.status.never}</dd>
        <dt>{t.status.waiting}</dt>
        <dd data-testid="sync-waiting">{t.status.waitingCount(overview.waiting)}</dd>
      </dl>
      {(status.skippedOps ?? 0) > 0 && <p className="notice">{t.status.newerVersionOps(status.skippedOps!)}</p>}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={running} onClick={() => void syncNow()}>
          {t.status.syncNow}
        </button>
        <span role="status" className="muted">
          {running ? t.status.running : t.status.idle}
        </span>
      </div>
      <p className="muted">{t.status.automatic}</p>
    </div>
  );
}

function ClockWarnings({ warnings }: { warnings: readonly ClockWarning[] }) {
  const t = useMessages().sync.clock;
  if (warnings.length === 0) return null;
  const line = (w: ClockWarning) => {
    const duration = formatDuration(w.ms, t);
    if (w.kind === 'peerAhead') return t.peerAhead(w.name ?? '?', duration);
    if (w.kind === 'thisBehind') return t.thisBehind(duration);
    if (w.kind === 'jumpedBack') return t.jumpedBack(duration);
    return t.syncClockAhead(duration);
  };
  return (
    <div className="notice warn" data-testid="sync-clock-warnings">
      <strong>{t.heading}:</strong>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{line(w)}</li>
        ))}
      </ul>
      <span>{t.footnote}</span>
    </div>
  );
}
