import { useState } from 'react';
import { sittingStatuses, type SittingStatus } from '../../../shared/domain/sitting';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDateShort } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { setSittingStatus } from '../../db/repositories/sittingsRepository';
import type { SittingView } from './loadSittingView';

export function SittingDetails({ view }: { view: SittingView }) {
  const t = useMessages().sittings;
  const language = useLanguage();
  const db = useDatabase();
  const { sitting } = view;
  const host = sitting.hostTerritoryId ? view.territoryById.get(sitting.hostTerritoryId) : undefined;
  const [message, setMessage] = useState('');

  const changeStatus = async (status: SittingStatus) => {
    try {
      await setSittingStatus(db, sitting.id, status);
      setMessage(t.page.statusSaved);
    } catch (error) {
      setMessage(t.attendance.saveFailed(error instanceof Error ? error.message : String(error)));
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
      </dl>
      <div className="field status-field">
        <label htmlFor="sitting-status">{t.page.status}</label>
        <select id="sitting-status" value={sitting.status} onChange={(e) => void changeStatus(e.target.value as SittingStatus)}>
          {sittingStatuses.map((status) => (
            <option key={status} value={status}>
              {t.statuses[status]}
            </option>
          ))}
        </select>
        <p role="status" className="field-hint">
          {message}
        </p>
      </div>
    </div>
  );
}
