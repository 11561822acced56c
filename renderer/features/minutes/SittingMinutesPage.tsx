import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatDateShort, formatInstant } from '../../app/format/dates';
import { typedSittingTitle } from '../../app/format/sittingTitle';
import { useLanguage, useMessages, useNumericDate } from '../../app/i18n/useMessages';
import { href, navigate } from '../../app/router';
import { useSittingMinutes } from './useSittingMinutes';
import { AgendaEditor } from './AgendaEditor';
import { MinutesEditor } from './MinutesEditor';
import { ApprovalPanel } from './ApprovalPanel';
import { ExportPdfButton } from './ExportPdfButton';
import { focusWhenRendered, minutesPath, minutesTabs, type MinutesTab } from './minutesLinks';
import { MinutesStatusBadge } from './MinutesStatusBadge';
import { changesText } from './changesText';

/** One sitting: its agenda, its minutes, and their check, approval and versions, as tabs. */
export function SittingMinutesPage({ sittingId, query }: { sittingId: string; query: URLSearchParams }) {
  const t = useMessages().minutes;
  const numericDate = useNumericDate();
  const language = useLanguage();
  const data = useSittingMinutes(sittingId);
  const requested = query.get('tab');
  // Without a tab in the link: before the sitting its agenda is what one edits, afterwards its minutes.
  const defaultTab: MinutesTab = data && (data.sitting.status === 'planned' || data.sitting.status === 'invited') ? 'agenda' : 'minutes';
  const tab: MinutesTab = minutesTabs.includes(requested as MinutesTab) ? (requested as MinutesTab) : defaultTab;
  const focus = query.get('focus');
  const tabRefs = useRef<Record<MinutesTab, HTMLButtonElement | null>>({ agenda: null, minutes: null, approval: null });

  useEffect(() => {
    if (data && focus) focusWhenRendered(focus);
  }, [data, focus, tab]);

  if (data === undefined) return <p className="muted">{t.print.loading}</p>;
  if (data === null) {
    return (
      <section>
        <h1>{t.title}</h1>
        <p role="alert">{t.page.notFound}</p>
        <a href={href('/minutes')}>{t.page.back}</a>
      </section>
    );
  }

  const { sitting, minutes } = data;
  const approvingSitting = data.sittings.find((s) => s.id === minutes.approvedInSittingId);
  const selectTab = (next: MinutesTab) => {
    navigate(minutesPath(sittingId, next));
    tabRefs.current[next]?.focus();
  };
  const onTabKey = (event: KeyboardEvent) => {
    const index = minutesTabs.indexOf(tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (event.key === 'Home') selectTab(minutesTabs[0]!);
    else if (event.key === 'End') selectTab(minutesTabs[minutesTabs.length - 1]!);
    else if (step) selectTab(minutesTabs[(index + step + minutesTabs.length) % minutesTabs.length]!);
    else return;
    event.preventDefault();
  };

  return (
    <section className="mn-page">
      <p className="mn-breadcrumb">
        <a href={href('/minutes')}>{t.page.back}</a>
      </p>
      <div className="mn-page-head">
        <div>
          <h1>{t.page.title(formatDateShort(sitting.date, language))}</h1>
          <p className="muted">
            {[t.bodies[sitting.body], typedSittingTitle(sitting), sitting.venue].filter(Boolean).join(' · ')}{' '}
            <MinutesStatusBadge status={data.stored || data.document.items.some((i) => i.notes.trim()) ? minutes.status : 'notStarted'} version={minutes.version} />
          </p>
        </div>
        <div className="mn-export-buttons">
          <ExportPdfButton sittingId={sitting.id} sittingDate={sitting.date} minutes={minutes} />
          {data.document.items.some((item) => !item.public) && (
            <ExportPdfButton sittingId={sitting.id} sittingDate={sitting.date} minutes={minutes} publicVersion label={t.page.exportPublicPdf} />
          )}
        </div>
      </div>

      {data.locked && (
        <p className="notice" role="note">
          {t.page.locked(approvingSitting ? numericDate(approvingSitting.date) : '—', minutes.approvedOn ? numericDate(minutes.approvedOn) : '—')}
        </p>
      )}
      {data.shown.changes.length > 0 && (
        <p className="notice" role="note" data-testid="changed-since-approval">
          {t.page.changedSinceApproval(changesText(data.shown.changes, t.changes))}
        </p>
      )}
      {minutes.status === 'circulated' && minutes.circulatedAt && (
        <p className="notice warn" role="note">
          {t.page.circulated(formatInstant(minutes.circulatedAt))}
        </p>
      )}

      <div role="tablist" aria-label={t.page.tablist} className="mn-tabs">
        {minutesTabs.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="mn-tab"
            onClick={() => selectTab(name)}
            onKeyDown={onTabKey}
          >
            {t.page.tabs[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="mn-tab-panel">
        {tab === 'agenda' && <AgendaEditor data={data} />}
        {tab === 'minutes' && <MinutesEditor data={data} />}
        {tab === 'approval' && <ApprovalPanel data={data} />}
      </div>
    </section>
  );
}
