import { useMessages, useLanguage } from '../../app/i18n/useMessages';
import { formatDateShort } from '../../app/format/dates';
import { sittingTitleText } from '../../app/format/sittingTitle';
import { href } from '../../app/router';
import { FirstRun } from './FirstRun';
import { useOverview } from './useOverview';
import type { Sitting } from '../../../shared/domain/sitting';

export default function OverviewScreen() {
  const t = useMessages();
  const language = useLanguage();
  const data = useOverview();
  if (!data) return <p className="muted">{t.common.loading}</p>;
  if (!data.setUp) return <FirstRun />;

  const sittingLine = (sitting: Sitting) => (
    <a href={href(`/sittings/${sitting.id}`)} className="sitting-link">
      <strong>{formatDateShort(sitting.date, language)}</strong>
      {t.overview.atTime(sitting.start)}
      <span className="muted">
        {' · '}
        {sitting.hostTerritoryId ? data.hostNames.get(sitting.hostTerritoryId) : ''} {sitting.venue ? `· ${sitting.venue}` : ''}
      </span>
      <span className="block">{sittingTitleText(sitting, t)}</span>
    </a>
  );

  return (
    <section>
      <h1>{t.overview.title}</h1>
      <div className="card-grid">
        <div className="panel">
          <h2>{t.overview.nextSitting}</h2>
          {data.nextSitting ? sittingLine(data.nextSitting) : <p className="muted">{t.overview.noNextSitting}</p>}
          {data.lastSitting && (
            <>
              <h3>{t.overview.lastSitting}</h3>
              {sittingLine(data.lastSitting)}
            </>
          )}
        </div>
        <div className="panel">
          <h2>{t.overview.openActionItems}</h2>
          {data.openActionItems.length === 0 ? (
            <p className="muted">{t.overview.noOpenActionItems}</p>
          ) : (
            <ul className="plain-list">
              {data.openActionItems.map((actionItem) => (
                <li key={actionItem.id}>
                  {actionItem.text}
                  <span className="muted">
                    {actionItem.owner ? ` · ${actionItem.owner}` : ''}
                    {actionItem.due ? ` · ${formatDateShort(actionItem.due, language)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="panel">
          <h2>{t.overview.register}</h2>
          <p>{t.overview.membersCount(data.extendedCount)}</p>
          <p>{t.overview.coreCount(data.coreCount)}</p>
        </div>
      </div>
    </section>
  );
}
