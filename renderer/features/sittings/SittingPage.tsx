import { formatDateLong, formatDateShort } from '../../app/format/dates';
import { sittingTitleText } from '../../app/format/sittingTitle';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import { AgendaPanel } from './AgendaPanel';
import { AttendancePanel } from './attendance/AttendancePanel';
import { GuestsPanel } from './GuestsPanel';
import { MailDraftPanel } from './mail/MailDraftPanel';
import { NoticePanel } from './NoticePanel';
import { QuorumStatus } from './QuorumStatus';
import { SittingDetails } from './SittingDetails';
import { useSittingView } from './loadSittingView';

/** #/sittings/<id>: details, invitation and notice period, agenda, attendance with quorum, guests. */
export function SittingPage({ sittingId }: { sittingId: string }) {
  const messages = useMessages();
  const t = messages.sittings;
  const language = useLanguage();
  const view = useSittingView(sittingId);

  const back = (
    <p className="back-link">
      <a href={href('/sittings')}>← {t.page.back}</a>
    </p>
  );
  if (view === undefined) return <p className="muted">{messages.common.loading}</p>;
  if (view === null) {
    return (
      <section>
        {back}
        <h1>{t.title}</h1>
        <p className="notice warn">{t.page.notFound}</p>
      </section>
    );
  }
  const { sitting } = view;
  const cancelled = sitting.status === 'cancelled';

  return (
    <section className="sitting-page">
      {back}
      <h1>{t.page.heading(formatDateLong(sitting.date, language))}</h1>
      <p className="lead">{sittingTitleText(sitting, messages)}</p>
      {sitting.status === 'held' && (
        <p>
          <a className="button" href={href(`/minutes/${sitting.id}/press`)}>
            {messages.press.link}
          </a>
        </p>
      )}
      {view.approvedMinutes && (
        <p className="notice" data-testid="minutes-approved-notice">
          {t.page.lockedNotice(view.approvedMinutes.approvedOn ? formatDateShort(view.approvedMinutes.approvedOn, language) : '—')}{' '}
          <a href={href(`/minutes/${sitting.id}`)}>{t.page.lockedLink}</a>
        </p>
      )}
      <div className="sitting-top">
        <SittingDetails view={view} />
        <NoticePanel view={view} />
      </div>
      <MailDraftPanel view={view} />
      <AgendaPanel view={view} />
      {cancelled ? (
        <p className="notice warn">{t.page.cancelledNote}</p>
      ) : (
        <>
          <QuorumStatus view={view} />
          <AttendancePanel view={view} />
          <GuestsPanel view={view} />
        </>
      )}
    </section>
  );
}
