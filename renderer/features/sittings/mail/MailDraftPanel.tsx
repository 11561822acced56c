import { useState } from 'react';
import { personDisplayName } from '../../../../shared/domain/person';
import { useDatabase } from '../../../app/DatabaseContext';
import { todayIso } from '../../../app/format/dates';
import { useErrorText, useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { nowInstant } from '../../../db/rowWriter';
import { platform } from '../../../platform/platform';
import type { SittingView } from '../loadSittingView';
import { mailKindOf, sittingMail, type SittingMail } from './invitationMail';

/**
 * "E-Mail-Entwurf erstellen": an .eml draft for the members (Cc the standing deputies) with the letter
 * and the calendar entry. Members without an e-mail address are named first; the draft is written
 * only after "Entwurf trotzdem erstellen".
 */
export function MailDraftPanel({ view }: { view: SittingView }) {
  const messages = useMessages();
  const errorText = useErrorText();
  const t = messages.mail;
  const language = useLanguage();
  const db = useDatabase();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<SittingMail | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'danger' } | null>(null);
  const which = mailKindOf(view);
  if (!which) return null;

  const send = async (mail: SittingMail) => {
    setPending(null);
    setBusy(true);
    try {
      const result = await platform().openMailDraft({ draftName: mail.draftName, draft: mail.draft, pdf: mail.pdf });
      setMessage({ text: result.pdfAttached ? t.opened : t.downloaded(`${mail.draftName}.eml`), tone: 'ok' });
    } catch (error) {
      setMessage({ text: t.failed(errorText(error)), tone: 'danger' });
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    setMessage(null);
    const sittings = await db.domain('sittings').toArray();
    const mail = sittingMail({ view, sittings, messages, language, kind: which.kind, previousDate: which.previousDate, today: todayIso(), now: nowInstant() });
    if (mail.draft.to.length + mail.draft.cc.length === 0) {
      setMessage({ text: t.noRecipients, tone: 'danger' });
      return;
    }
    if (mail.withoutEmail.length > 0) {
      setPending(mail);
      return;
    }
    await send(mail);
  };

  return (
    <section className="panel" aria-labelledby="mail-draft-title">
      <h2 id="mail-draft-title">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="toolbar">
        <button type="button" className="button" disabled={busy} onClick={() => void create()}>
          {t.create[which.kind]}
        </button>
      </div>
      {pending && (
        <div className="notice warn" role="alert">
          <p>{t.missingEmails(pending.withoutEmail.map(personDisplayName).join(', '))}</p>
          <button type="button" className="button" onClick={() => void send(pending)}>
            {t.createAnyway}
          </button>
        </div>
      )}
      <p role="status" className={message?.tone === 'danger' ? 'error-text' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
