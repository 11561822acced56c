import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { actionItemOwners, filterActionItems, isOverdue, type ActionItemFilter } from '../../../shared/minutes/actionItemReview';
import { statusFixedByApprovedReviewLookup } from '../../../shared/minutes/reviewLock';
import { useDatabase } from '../../app/DatabaseContext';
import { useMessages, useNumericDate } from '../../app/i18n/useMessages';
import { todayIso } from '../../app/format/dates';
import { href } from '../../app/router';
import { setActionItemStatus } from '../../db/repositories/actionItemRepository';
import { approvedMinutesSittingDates } from '../../db/repositories/minutesLock';
import { minutesPath } from './minutesLinks';
import { ActionItemStatusControl } from './ActionItemStatusControl';
import { useActionError } from './useActionError';
import { useGrowingCount } from '../../app/components/useGrowingCount';

const filters: readonly ActionItemFilter[] = ['open', 'overdue', 'done', 'all'];

/** All action items of all sittings, filtered by state (open, overdue, done) and by owner. */
export function ActionItemsPage({ query }: { query: URLSearchParams }) {
  const t = useMessages().minutes.actionItemList;
  const numericDate = useNumericDate();
  const db = useDatabase();
  const requested = query.get('filter') as ActionItemFilter | null;
  const [filter, setFilter] = useState<ActionItemFilter>(requested && filters.includes(requested) ? requested : 'open');
  const [owner, setOwner] = useState('');
  const { error, run } = useActionError();
  const today = todayIso();
  const data = useLiveQuery(async () => {
    const [actionItems, sittings, approvedDates] = await Promise.all([
      db.domain('actionItems').toArray(),
      db.domain('sittings').toArray(),
      approvedMinutesSittingDates(db),
    ]);
    // The approved dates are sorted once for all rows (not once per row).
    return { actionItems, sittingDate: new Map(sittings.map((s) => [s.id, s.date])), fixedBy: statusFixedByApprovedReviewLookup(approvedDates) };
  }, [db]);
  const shown = useMemo(() => (data ? filterActionItems(data.actionItems, filter, owner, today) : []), [data, filter, owner, today]);
  const owners = useMemo(() => actionItemOwners(data?.actionItems ?? []), [data]);
  // Long lists render a screenful at once and the rest in the background, in small steps.
  const rendered = useGrowingCount(shown.length, `${filter}|${owner}`);

  return (
    <section>
      <p className="mn-breadcrumb">
        <a href={href('/minutes')}>{t.back}</a>
      </p>
      <h1>{t.title}</h1>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="task-filter">{t.show}</label>
          <select id="task-filter" value={filter} onChange={(e) => setFilter(e.target.value as ActionItemFilter)}>
            {filters.map((f) => (
              <option key={f} value={f}>
                {t.filters[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="task-owner">{t.owner}</label>
          <select id="task-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t.allOwners}</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="muted mn-task-count">
          {data ? t.count(shown.length) : ''}
        </p>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="panel">
        {shown.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.columns.text}</th>
                <th scope="col">{t.columns.owner}</th>
                <th scope="col">{t.columns.due}</th>
                <th scope="col">{t.columns.sitting}</th>
                <th scope="col">{t.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, rendered).map((actionItem) => {
                const sittingDate = data?.sittingDate.get(actionItem.sittingId);
                return (
                  <tr key={actionItem.id}>
                    <td>{actionItem.text}</td>
                    <td>{actionItem.owner}</td>
                    <td>
                      {actionItem.due ? numericDate(actionItem.due) : ''}
                      {isOverdue(actionItem, today) && <span className="badge danger"> {t.overdue}</span>}
                    </td>
                    <td>{sittingDate && <a href={href(minutesPath(actionItem.sittingId, 'minutes'))}>{numericDate(sittingDate)}</a>}</td>
                    <td>
                      <ActionItemStatusControl
                        actionItem={actionItem}
                        fixedBy={sittingDate ? data?.fixedBy(actionItem, sittingDate) : undefined}
                        label={t.statusOf(actionItem.text)}
                        onChange={(status) => void run(() => setActionItemStatus(db, actionItem.id, status, today))}
                      />
                      {actionItem.doneAt && actionItem.status !== 'open' && <span className="muted block">{t.closedOn(numericDate(actionItem.doneAt))}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
