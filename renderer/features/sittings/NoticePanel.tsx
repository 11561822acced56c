import { useState } from 'react';
import { rulesOfSitting } from '../../../shared/sittings/rulesOfTheDay';
import { format } from 'date-fns';
import { noticeState } from '../../../shared/sittings/noticeDeadline';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDateShort, todayIso } from '../../app/format/dates';
import { useErrorText, useLanguage, useMessages } from '../../app/i18n/useMessages';
import { markInvited, recordAnnounced } from '../../db/repositories/sittingsRepository';
import { announcementState } from '../../../shared/sittings/announcement';
import { letterRecipients, recipientsWithoutAddress } from '../../../shared/sittings/invitationLetters';
import { personDisplayName } from '../../../shared/domain/person';
import { platform } from '../../platform/platform';
import type { SittingView } from './loadSittingView';

/** The local calendar day of an instant (the notice period counts days in Europe/Berlin). */
const localDay = (instant: string) => format(new Date(instant), 'yyyy-MM-dd');

type LetterKind = 'invitation' | 'change' | 'cancel';

/**
 * Notice deadline with its warning, and the documents made before a sitting: the invitation (a
 * serial letter), the Terminänderung or Absage when the sitting changed after the invitation, and
 * the sign-in sheet. Members without a postal address are named before a letter is made.
 */
export function NoticePanel({ view }: { view: SittingView }) {
  const messages = useMessages();
  const errorText = useErrorText();
  const t = messages.sittings;
  const letters = messages.letters.notice;
  const language = useLanguage();
  const db = useDatabase();
  const { sitting, settings } = view;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'danger' } | null>(null);
  /** Set when the user was shown the missing addresses and may now print anyway. */
  const [confirmMissing, setConfirmMissing] = useState<LetterKind | null>(null);
  const announcement = announcementState(sitting);
  const missing = recipientsWithoutAddress(letterRecipients(view.seats, view.personById));
  const missingNames = missing.map((p) => personDisplayName(p)).join(', ');

  // A held sitting keeps the notice period of its day (rulesOfTheDay.ts).
  const { noticePeriodDays } = rulesOfSitting(sitting, settings);
  const state = noticeState(sitting, sitting.invitedAt ? localDay(sitting.invitedAt) : undefined, noticePeriodDays, todayIso());
  const day = (iso: string) => formatDateShort(iso, language);
  const stateText = {
    invitedOnTime: state.kind === 'invitedOnTime' ? t.notice.invitedOnTime(day(state.invitedOn)) : '',
    invitedLate: state.kind === 'invitedLate' ? t.notice.invitedLate(day(state.invitedOn), state.daysLate) : '',
    open: state.kind === 'open' ? t.notice.open(state.daysLeft) : '',
    overdue: state.kind === 'overdue' ? t.notice.overdue(state.daysOverdue) : '',
    notRecorded: t.notice.notRecorded,
  }[state.kind];
  const untoldText =
    announcement.kind === 'changeUntold' ? letters.mustTellChange : announcement.kind === 'cancelUntold' ? letters.mustTellCancel : null;
  const tone = untoldText ? 'notice warn' : state.kind === 'invitedLate' || state.kind === 'overdue' ? 'notice warn' : state.kind === 'invitedOnTime' ? 'notice ok' : 'notice';

  const printLetter = async (kind: LetterKind) => {
    if (missing.length > 0 && confirmMissing !== kind) {
      setConfirmMissing(kind);
      setMessage(null);
      return;
    }
    setConfirmMissing(null);
    setBusy(true);
    setMessage(null);
    const date = sitting.date;
    try {
      const result = await platform().printDocument({
        route: kind === 'invitation' ? `/print/invitation/${sitting.id}` : `/print/invitation/${sitting.id}?letter=${kind}`,
        suggestedName: kind === 'invitation' ? t.print.fileInvitation(date) : kind === 'change' ? letters.fileChange(date) : letters.fileCancel(date),
      });
      if (!result) {
        setMessage({ text: t.notice.printCancelled, tone: 'ok' });
        return;
      }
      if (kind === 'invitation') {
        const after = await markInvited(db, sitting.id);
        await recordAnnounced(db, sitting.id);
        const nowInvited = sitting.status !== 'invited' && after?.status === 'invited';
        setMessage({ text: `${t.notice.invitationDone(result.savedAs)}${nowInvited ? ` ${t.notice.nowInvited}` : ''}`, tone: 'ok' });
      } else {
        await recordAnnounced(db, sitting.id);
        setMessage({ text: `${letters.letterDone(result.savedAs)} ${letters.told}`, tone: 'ok' });
      }
    } catch (error) {
      setMessage({ text: t.notice.printFailed(errorText(error)), tone: 'danger' });
    } finally {
      setBusy(false);
    }
  };

  const printSignIn = async () => {
    const kind = 'signin';
    setBusy(true);
    setMessage(null);
    const date = sitting.date;
    try {
      const result = await platform().printDocument({
        route: `/print/${kind}/${sitting.id}`,
        suggestedName: t.print.fileSignIn(date),
      });
      if (!result) {
        setMessage({ text: t.notice.printCancelled, tone: 'ok' });
        return;
      }
      setMessage({ text: t.notice.signInDone(result.savedAs), tone: 'ok' });
    } catch (error) {
      setMessage({ text: t.notice.printFailed(errorText(error)), tone: 'danger' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="notice-title">
      <h2 id="notice-title">{t.notice.title}</h2>
      <p>{t.notice.deadline(day(state.deadline), noticePeriodDays)}</p>
      <p className={tone} data-testid="notice-state">
        {untoldText ?? stateText}
      </p>
      {view.agendaItems.length === 0 && sitting.status !== 'held' && <p className="muted">{t.notice.noAgendaWarning}</p>}
      {confirmMissing && (
        <p className="notice warn" role="alert" data-testid="missing-addresses">
          {letters.missingAddresses(missingNames)}
        </p>
      )}
      <div className="toolbar">
        {announcement.kind === 'changeUntold' && (
          <button type="button" className="button primary" disabled={busy} onClick={() => void printLetter('change')}>
            {confirmMissing === 'change' ? letters.printAnyway : letters.changeLetter}
          </button>
        )}
        {announcement.kind === 'cancelUntold' && (
          <button type="button" className="button primary" disabled={busy} onClick={() => void printLetter('cancel')}>
            {confirmMissing === 'cancel' ? letters.printAnyway : letters.cancelLetter}
          </button>
        )}
        {sitting.status !== 'cancelled' && (
          <button type="button" className={announcement.kind === 'changeUntold' ? 'button' : 'button primary'} disabled={busy} onClick={() => void printLetter('invitation')}>
            {confirmMissing === 'invitation' ? letters.printAnyway : t.notice.createInvitation}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void printSignIn()}>
          {t.notice.printSignIn}
        </button>
      </div>
      <p role="status" className={message?.tone === 'danger' ? 'error-text' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
