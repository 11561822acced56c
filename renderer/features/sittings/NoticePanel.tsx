import { useState } from 'react';
import { format } from 'date-fns';
import { noticeState } from '../../../shared/sittings/noticeDeadline';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDateShort, todayIso } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { markInvited } from '../../db/repositories/sittingsRepository';
import { platform } from '../../platform/platform';
import type { SittingView } from './loadSittingView';

/** The local calendar day of an instant (the notice period counts days in Europe/Berlin). */
const localDay = (instant: string) => format(new Date(instant), 'yyyy-MM-dd');

/** Notice deadline with its warning, and the two documents made before a sitting. */
export function NoticePanel({ view }: { view: SittingView }) {
  const t = useMessages().sittings;
  const language = useLanguage();
  const db = useDatabase();
  const { sitting, settings } = view;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'danger' } | null>(null);

  const state = noticeState(sitting, sitting.invitedAt ? localDay(sitting.invitedAt) : undefined, settings.noticePeriodDays, todayIso());
  const day = (iso: string) => formatDateShort(iso, language);
  const stateText = {
    invitedOnTime: state.kind === 'invitedOnTime' ? t.notice.invitedOnTime(day(state.invitedOn)) : '',
    invitedLate: state.kind === 'invitedLate' ? t.notice.invitedLate(day(state.invitedOn), state.daysLate) : '',
    open: state.kind === 'open' ? t.notice.open(state.daysLeft) : '',
    overdue: state.kind === 'overdue' ? t.notice.overdue(state.daysOverdue) : '',
    notRecorded: t.notice.notRecorded,
  }[state.kind];
  const tone = state.kind === 'invitedLate' || state.kind === 'overdue' ? 'notice warn' : state.kind === 'invitedOnTime' ? 'notice ok' : 'notice';

  const print = async (kind: 'invitation' | 'signin') => {
    setBusy(true);
    setMessage(null);
    const date = sitting.date;
    try {
      const result = await platform().printDocument({
        route: `/print/${kind}/${sitting.id}`,
        suggestedName: kind === 'invitation' ? t.print.fileInvitation(date) : t.print.fileSignIn(date),
      });
      if (!result) {
        setMessage({ text: t.notice.printCancelled, tone: 'ok' });
        return;
      }
      if (kind === 'invitation') {
        const after = await markInvited(db, sitting.id);
        const nowInvited = sitting.status !== 'invited' && after?.status === 'invited';
        setMessage({ text: `${t.notice.invitationDone(result.savedAs)}${nowInvited ? ` ${t.notice.nowInvited}` : ''}`, tone: 'ok' });
      } else {
        setMessage({ text: t.notice.signInDone(result.savedAs), tone: 'ok' });
      }
    } catch (error) {
      setMessage({ text: t.notice.printFailed(error instanceof Error ? error.message : String(error)), tone: 'danger' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="notice-title">
      <h2 id="notice-title">{t.notice.title}</h2>
      <p>{t.notice.deadline(day(state.deadline), settings.noticePeriodDays)}</p>
      <p className={tone} data-testid="notice-state">
        {stateText}
      </p>
      {view.agendaItems.length === 0 && sitting.status !== 'held' && <p className="muted">{t.notice.noAgendaWarning}</p>}
      <div className="toolbar">
        <button type="button" className="button primary" disabled={busy} onClick={() => void print('invitation')}>
          {t.notice.createInvitation}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void print('signin')}>
          {t.notice.printSignIn}
        </button>
      </div>
      <p role="status" className={message?.tone === 'danger' ? 'error-text' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
