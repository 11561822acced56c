import type { Sitting } from '../../../shared/domain/sitting';
import { formatDateShort } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { isChangeable } from './sittingActions';
import { UntoldNotice } from './UntoldNotice';
import type { PlanPanel } from './planPanel';
import { planNotesText } from '../../app/format/planNotes';

const statusBadge: Record<Sitting['status'], string> = { planned: 'badge', invited: 'badge ok', held: 'badge ok', cancelled: 'badge danger' };

/** The year's sittings as a table, with the changes a saved plan allows on each row. */
export function PlanSittingList({
  sittings,
  planId,
  hostName,
  onOpen,
}: {
  sittings: readonly Sitting[];
  planId: string | undefined;
  hostName: (id: string | undefined) => string;
  onOpen: (panel: PlanPanel) => void;
}) {
  const messages = useMessages();
  const t = messages.plan;
  const language = useLanguage();
  const notes = { messages, language, hostName };
  if (sittings.length === 0) return <p className="muted">{t.noSittings}</p>;
  return (
    <table className="data sitting-list">
      <thead>
        <tr>
          <th scope="col">{t.columns.number}</th>
          <th scope="col">
            {t.columns.date}, {t.columns.time}
          </th>
          <th scope="col">{t.columns.host}</th>
          <th scope="col">{t.columns.venue}</th>
          <th scope="col">{t.columns.status}</th>
          <th scope="col">{t.columns.notes}</th>
          <th scope="col">{t.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {sittings.map((s, index) => {
          const date = formatDateShort(s.date, language);
          const cancelled = s.status === 'cancelled';
          return (
            <tr key={s.id} className={cancelled ? 'row-cancelled' : undefined} data-sitting-date={s.date}>
              <td>{index + 1}</td>
              <th scope="row" className="nowrap">
                <span className="sitting-date">{cancelled ? <s>{date}</s> : date}</span>
                <span className="muted block sitting-time">{t.timeRange(s.start, s.end)}</span>
              </th>
              <td>{hostName(s.hostTerritoryId)}</td>
              <td>{s.venue}</td>
              <td>
                <span className={statusBadge[s.status]}>{t.statuses[s.status]}</span>{' '}
                {s.extra && <span className="badge warn">{t.extraBadge}</span>}
                {planId && s.planId !== planId && !s.extra && <span className="muted block">{t.notInPlan}</span>}
                <UntoldNotice sitting={s} date={date} />
              </td>
              <td className="plan-note">{planNotesText(s, notes)}</td>
              <td>
                {isChangeable(s) && (
                  <div className="row-actions">
                    <button type="button" className="button small" aria-label={t.actions.moveOf(date)} onClick={() => onOpen({ kind: 'move', sittingId: s.id })}>
                      {t.actions.move}
                    </button>
                    <button type="button" className="button small" aria-label={t.actions.swapOf(date)} onClick={() => onOpen({ kind: 'swap', sittingId: s.id })}>
                      {t.actions.swap}
                    </button>
                    <button type="button" className="button small danger" aria-label={t.actions.cancelOf(date)} onClick={() => onOpen({ kind: 'cancel', sittingId: s.id })}>
                      {t.actions.cancel}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
