import { useDatabase } from '../../app/DatabaseContext';
import { useMessages, useNumericDate } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import { closeActionItemInSitting } from '../../db/repositories/actionItemRepository';
import { minutesPath } from './minutesLinks';
import { useActionError } from './useActionError';
import { useGrowingCount } from '../../app/components/useGrowingCount';
import type { SittingMinutes } from './useSittingMinutes';

/**
 * "Stand der offenen Aufgaben": the open actionItems of earlier sittings, closed here with this
 * sitting's date (so its minutes say they were done in this sitting).
 */
export function ReviewPanel({ data, embedded = false }: { data: SittingMinutes; embedded?: boolean }) {
  const t = useMessages().minutes.review;
  const numericDate = useNumericDate();
  const db = useDatabase();
  const { error, run } = useActionError();
  const { entries } = data.document.review;
  // A long review (hundreds of earlier actionItems) renders a screenful at once and the rest in steps.
  const rendered = useGrowingCount(entries.length, data.sitting.id);
  const sittingOf = new Map(data.sources.earlierActionItems.map(({ item }) => [item.id, item.sittingId]));
  const Heading = embedded ? 'h4' : 'h2';
  const set = (id: string, status: 'open' | 'done' | 'dropped') => void run(() => closeActionItemInSitting(db, id, data.sitting, status));

  return (
    <div className={embedded ? 'mn-review mn-embedded' : 'panel mn-review'}>
      <Heading>{t.heading}</Heading>
      <p className="muted">{t.hint}</p>
      {entries.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="data">
          <tbody>
            {entries.slice(0, rendered).map((entry) => (
              <tr key={entry.id}>
                <td>
                  {entry.text}
                  <span className="muted block">
                    {entry.owner}
                    {entry.due ? ` · ${t.due(numericDate(entry.due))}` : ''} ·{' '}
                    <a href={href(minutesPath(sittingOf.get(entry.id) ?? '', 'minutes'))}>{t.fromSitting(numericDate(entry.fromSittingDate))}</a>
                  </span>
                </td>
                <td>
                  <span className={entry.state === 'open' ? 'badge warn' : 'badge ok'}>{t.state[entry.state]}</span>
                </td>
                <td className="mn-review-actions">
                  {!data.locked && (
                    <div role="group" aria-label={t.actionsFor(entry.text)}>
                      {entry.state === 'open' ? (
                        <>
                          <button type="button" className="button small" onClick={() => set(entry.id, 'done')}>
                            {t.markDone}
                          </button>{' '}
                          <button type="button" className="button small" onClick={() => set(entry.id, 'dropped')}>
                            {t.markDropped}
                          </button>
                        </>
                      ) : (
                        <button type="button" className="button small" onClick={() => set(entry.id, 'open')}>
                          {t.reopen}
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
