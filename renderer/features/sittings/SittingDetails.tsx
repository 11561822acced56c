import { useState } from 'react';
import { sittingStatuses, type SittingStatus } from '../../../shared/domain/sitting';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDateShort, todayIso } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { errorText } from '../../app/i18n/errorText';
import { setSittingStatus } from '../../db/repositories/sittingsRepository';
import type { SittingView } from './loadSittingView';

/**
 * The sitting's facts and its status. With approved minutes the status is fixed (shown as text),
 * except that a sitting still "geplant" or "eingeladen" can be recorded as held: the approved
 * minutes prove it took place.
 */
export function SittingDetails({ view }: { view: SittingView }) {
  const messages = useMessages();
  const t = messages.sittings;
  const language = useLanguage();
  const db = useDatabase();
  const { sitting } = view;
  const host = sitting.hostTerritoryId ? view.territoryById.get(sitting.hostTerritoryId) : undefined;
  const [message, setMessage] = useState('');
  const locked = !!view.approvedMinutes;
  // A past sitting with attendance recorded took place: offered as "durchgeführt" in one click
  // (not set silently: the status is the secretary's record, and a change of it reaches every PC).
  const offerHeld =
    !locked &&
    (sitting.status === 'planned' || sitting.status === 'invited') &&
    sitting.date <= todayIso() &&
    view.seats.some((seat) => seat.attendance);

  const changeStatus = async (status: SittingStatus) => {
    try {
      await setSittingStatus(db, sitting.id, status);
      setMessage(t.page.statusSaved);
    } catch (error) {
      setMessage(t.attendance.saveFailed(errorText(messages, error)));
    }
  };

  return (
    <div className="panel">
      <h2>{t.page.details}</h2>
      <dl className="facts">
        <dt>{t.page.date}</dt>
        <dd>{formatDateShort(sitting.date, language)}</dd>
        <dt>{t.page.time}</dt>
        <dd>{t.timeRange(sitting.start, sitting.end)}</dd>
        <dt>{t.page.body}</dt>
        <dd>{t.bodies[sitting.body]}</dd>
        <dt>{t.page.host}</dt>
        <dd>{host?.name ?? t.noHost}</dd>
        <dt>{t.page.venue}</dt>
        <dd>{sitting.venue}</dd>
        {locked && (
          <>
            <dt>{t.page.status}</dt>
            <dd>
              {t.statuses[sitting.status]}
              {(sitting.status === 'planned' || sitting.status === 'invited') && (
                <>
                  {' '}
                  <button type="button" className="button small" onClick={() => void changeStatus('held')}>
                    {t.page.markHeld}
                  </button>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {!locked && (
        <div className="field status-field">
          <label htmlFor="sitting-status">{t.page.status}</label>
          <select id="sitting-status" value={sitting.status} onChange={(e) => void changeStatus(e.target.value as SittingStatus)}>
            {sittingStatuses.map((status) => (
              <option key={status} value={status}>
                {t.statuses[status]}
              </option>
            ))}
          </select>
        </div>
      )}
      {offerHeld && (
        <div className="notice" data-testid="held-offer">
          <p>{t.page.heldOffer}</p>
          <button type="button" className="button small primary" onClick={() => void changeStatus('held')}>
            {t.page.markHeld}
          </button>
        </div>
      )}
      <p role="status" className="field-hint">
        {message}
      </p>
    </div>
  );
}
