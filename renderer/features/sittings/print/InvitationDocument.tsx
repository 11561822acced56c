import { useCallback, useMemo, useState } from 'react';
import { format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { letterSalutation } from '../../../../shared/domain/letterAddress';
import { personDisplayName, personWithFunction } from '../../../../shared/domain/person';
import { officeOf, officeReturnLine } from '../../../../shared/domain/settings';
import type { Sitting } from '../../../../shared/domain/sitting';
import { venueWithAddress } from '../../../../shared/calendar/venueAddress';
import { letterRecipients, type LetterRecipient } from '../../../../shared/sittings/invitationLetters';
import { noticeState } from '../../../../shared/sittings/noticeDeadline';
import { replyByDate } from '../../../../shared/sittings/replyBy';
import { sittingNumber } from '../../../../shared/sittings/sittingNumber';
import { useDatabase } from '../../../app/DatabaseContext';
import { formatDateLong, formatDateNumeric, todayIso } from '../../../app/format/dates';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { PrintMetadata } from '../../../print/PrintMetadata';
import type { PrintDocumentProps } from '../../../print/printDocuments';
import { PrintProblem } from '../../../print/PrintProblem';
import { useSittingView, type SittingView } from '../loadSittingView';
import { PagedLetters, type LetterBlock, type PagedLetter } from './PagedLetters';
import './letter.css';
import { cancelReasonOf } from '../../../../shared/plan/planReasons';

export type LetterKind = 'invitation' | 'change' | 'cancel';
const letterKind = (value: string | null): LetterKind => (value === 'change' || value === 'cancel' ? value : 'invitation');

/** The body's other sittings (for the number) and the previous sitting's minutes (an enclosure). */
function useLetterContext(sitting: Sitting | undefined) {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!sitting) return undefined;
    const sittings = await db.domain('sittings').where('date').belowOrEqual(sitting.date).toArray();
    const sameBody = sittings.filter((s) => s.body === sitting.body);
    const previous = sameBody
      .filter((s) => s.id !== sitting.id && s.status === 'held' && (s.date < sitting.date || (s.date === sitting.date && s.start < sitting.start)))
      .sort((a, b) => b.date.localeCompare(a.date) || b.start.localeCompare(a.start))[0];
    const previousMinutes = previous ? await db.domain('minutes').where('sittingId').equals(previous.id).first() : undefined;
    return { sittings: sameBody, previous, previousMinutes };
  }, [db, sitting?.id, sitting?.date, sitting?.body, sitting?.start]);
}

/**
 * #/print/invitation/<sittingId>[?letter=change|cancel]: the invitation as a DIN 5008 Form B serial
 * letter, one letter per member (and a copy "zur Kenntnis" per standing deputy), each with address
 * field and return line for a window envelope, information block, subject with the sitting's
 * number and date, personal salutation, agenda, reply-by date, closing with signer, enclosures and
 * distribution, fold and hole marks, and "Seite x von y" counted per letter. `letter=change` makes
 * the Terminänderung, `letter=cancel` the Absage, to the same recipients.
 */
export default function InvitationDocument({ params, query }: PrintDocumentProps) {
  const t = useMessages().sittings;
  const view = useSittingView(params[0] ?? '');
  const context = useLetterContext(view?.sitting);
  const kind = letterKind(query.get('letter'));
  if (view === undefined || (view && context === undefined)) return null;
  if (view === null || !context) return <PrintProblem message={t.page.notFound} />;
  return <SerialLetter view={view} context={context} kind={kind} />;
}

function SerialLetter({ view, context, kind }: { view: SittingView; context: NonNullable<ReturnType<typeof useLetterContext>>; kind: LetterKind }) {
  const messages = useMessages();
  const t = messages.letters.letter;
  const language = useLanguage();
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  const { sitting, settings } = view;
  const office = officeOf(settings);
  const body = messages.sittings.bodiesGenitive[sitting.body];
  const host = sitting.hostTerritoryId ? view.territoryById.get(sitting.hostTerritoryId) : undefined;
  const number = sittingNumber(sitting, context.sittings);
  const numberText = number ? t.ordinal(number) : '';
  const invitedOn = sitting.invitedAt ? format(new Date(sitting.invitedAt), 'yyyy-MM-dd') : undefined;
  const letterDate = kind === 'invitation' && invitedOn ? invitedOn : todayIso();
  const replyBy = replyByDate(sitting.date, letterDate);
  const onTime = noticeState(sitting, letterDate, settings.noticePeriodDays, letterDate).kind === 'invitedOnTime';
  const dayLong = (iso: string) => formatDateLong(iso, language).replace(/^[^,]+, /, '');
  const venue = venueWithAddress(sitting, host);
  const recipients = useMemo(() => letterRecipients(view.seats, view.personById), [view.seats, view.personById]);
  const members = recipients.filter((r) => r.kind === 'member');
  const copies = recipients.filter((r) => r.kind === 'copy');
  const previousNumber = context.previous ? sittingNumber(context.previous, context.sittings) : undefined;
  const enclosures =
    kind === 'invitation' && context.previous && context.previousMinutes && context.previousMinutes.status !== 'approved'
      ? [t.attachmentMinutes(previousNumber ? t.ordinal(previousNumber) : '', formatDateNumeric(context.previous.date))]
      : [];

  const subject =
    kind === 'cancel'
      ? t.subject.cancel(body, dayLong(sitting.date))
      : kind === 'change'
        ? t.subject.change(numberText, body, dayLong(sitting.date))
        : t.subject.invitation(numberText, body, dayLong(sitting.date));

  const facts = (
    <table className="letter-facts">
      <tbody>
        <tr>
          <th scope="row">{t.when}</th>
          <td>
            {formatDateLong(sitting.date, language)}, {messages.sittings.timeRange(sitting.start, sitting.end)}
          </td>
        </tr>
        <tr>
          <th scope="row">{t.where}</th>
          <td>{venue}</td>
        </tr>
        {host && (
          <tr>
            <th scope="row">{t.host}</th>
            <td>{host.name}</td>
          </tr>
        )}
      </tbody>
    </table>
  );

  const blocksFor = (recipient: LetterRecipient): LetterBlock[] => {
    const blocks: LetterBlock[] = [
      { key: 'subject', node: <p className="letter-subject">{subject}</p> },
      { key: 'salutation', node: <p className="letter-salutation">{letterSalutation(recipient.person, language)}</p> },
    ];
    if (kind === 'cancel') {
      blocks.push({ key: 'intro', node: <p>{t.intro.cancel(body, formatDateLong(sitting.date, language))}</p> });
      const reason = cancelReasonOf(sitting);
      if (reason) blocks.push({ key: 'reason', node: <p>{t.cancelReason(reason)}</p> });
      blocks.push({ key: 'next', node: <p>{t.cancelNext} {t.apology}</p> });
    } else if (kind === 'change') {
      const announced = sitting.announced;
      blocks.push({ key: 'intro', node: <p>{t.intro.change(numberText, body, announced ? formatDateLong(announced.date, language) : '–')}</p> });
      blocks.push({ key: 'facts', node: facts });
      blocks.push({ key: 'reply', node: <p>{t.changeReply(formatDateNumeric(replyBy))}</p> });
      if (recipient.kind === 'copy') blocks.push({ key: 'copy', node: <p className="letter-copy">{t.copyIntro}</p> });
      blocks.push({ key: 'apology', node: <p>{t.apology}</p> });
    } else {
      blocks.push({ key: 'intro', node: <p>{t.intro.invitation(numberText, body)}</p> });
      if (recipient.kind === 'copy') blocks.push({ key: 'copy', node: <p className="letter-copy">{t.copyIntro}</p> });
      blocks.push({ key: 'facts', node: facts });
      blocks.push({ key: 'agenda-title', node: <h2 className="letter-heading">{t.agenda}</h2>, keepWithNext: true });
      if (view.agendaItems.length === 0) blocks.push({ key: 'agenda-none', node: <p>{t.agendaFollows}</p> });
      view.agendaItems.forEach((item, index) =>
        blocks.push({
          key: `top-${item.id}`,
          node: (
            <p className="letter-top">
              <span className="letter-top-number">{t.agendaItem(index + 1)}</span>
              <span>
                {item.title}
                {item.presenter && <span className="letter-muted"> ({item.presenter})</span>}
              </span>
            </p>
          ),
        }),
      );
      blocks.push({
        key: 'reply',
        node: (
          <p className="letter-reply">
            <strong>
              {t.replyBy}: {formatDateNumeric(replyBy)}
            </strong>
            <br />
            {t.replyText(formatDateNumeric(replyBy))}
          </p>
        ),
      });
      if (onTime) blocks.push({ key: 'notice', node: <p>{t.noticePeriod(settings.noticePeriodDays)}</p> });
    }
    blocks.push({
      key: 'closing',
      node: (
        <div className="letter-closing">
          <p>{t.closing}</p>
          <p>{office.officeName || settings.conventName}</p>
          <div className="letter-signature-space" />
          {office.signerOnBehalf && <p>{t.onBehalf}</p>}
          <p>{office.signerName || office.contactName}</p>
          {office.signerFunction && <p className="letter-muted">{office.signerFunction}</p>}
        </div>
      ),
    });
    if (enclosures.length > 0) {
      blocks.push({
        key: 'enclosures',
        node: (
          <div className="letter-list">
            <p className="letter-list-title">{t.attachments}</p>
            {enclosures.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        ),
      });
    }
    blocks.push({
      key: 'distribution',
      node: (
        <div className="letter-list">
          <p className="letter-list-title">{t.distribution}</p>
          <p>
            {t.distributionMembers(body)}: {members.map((m) => personDisplayName(m.person)).join(', ')}
          </p>
          {copies.length > 0 && (
            <p>
              {t.distributionCopies}: {copies.map((c) => personDisplayName(c.person)).join(', ')}
            </p>
          )}
        </div>
      ),
    });
    return blocks;
  };

  const letters: PagedLetter[] = recipients.map((recipient) => ({
    key: recipient.key,
    firstPage: (
      <>
        <header className="letter-head">
          <div>
            <div className="letter-head-name">{settings.conventName}</div>
            <div className="letter-head-sub">{settings.letterhead}</div>
          </div>
          {settings.logoDataUrl && <img className="letter-head-logo" src={settings.logoDataUrl} alt="" />}
        </header>
        <div className="address-field" data-testid="address-field">
          <div className="address-return">{officeReturnLine(office)}</div>
          <div className="address-notes">
            {recipient.kind === 'copy' && (
              <>
                <strong>{t.copyNote}</strong>
                {recipient.forMember && <span className="block">{t.copyFor(personWithFunction(recipient.forMember, messages.letters.attendanceWords.deputyCase))}</span>}
              </>
            )}
          </div>
          <div className="address-lines">
            {recipient.addressLines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
            {!recipient.address && <div className="address-missing">[{t.addressMissing}]</div>}
          </div>
        </div>
        <dl className="info-block">
          {office.contactName && (
            <>
              <dt>{t.info.contact}</dt>
              <dd>{office.contactName}</dd>
            </>
          )}
          {office.contactPhone && (
            <>
              <dt>{t.info.phone}</dt>
              <dd>{office.contactPhone}</dd>
            </>
          )}
          {office.contactEmail && (
            <>
              <dt>{t.info.email}</dt>
              <dd>{office.contactEmail}</dd>
            </>
          )}
          <dt>{t.info.date}</dt>
          <dd>{formatDateNumeric(letterDate)}</dd>
        </dl>
      </>
    ),
    continuation: <div className="letter-continuation">{t.continuation(personDisplayName(recipient.person), formatDateNumeric(letterDate))}</div>,
    blocks: blocksFor(recipient),
    footer: (page, pages) => t.page(page, pages),
  }));

  return (
    <div className="letter-run" lang={language} {...(ready ? { 'data-print-ready': 'true' } : {})}>
      {/* Title and metadata of the PDF; no running footer: each letter numbers its own pages. */}
      <PrintMetadata
        title={kind === 'invitation' ? t.subject.invitation(numberText, body, dayLong(sitting.date)) : kind === 'change' ? t.subject.change(numberText, body, dayLong(sitting.date)) : t.subject.cancel(body, dayLong(sitting.date))}
        author={settings.conventName}
        language={language}
        footer=""
      />
      <PagedLetters letters={letters} onReady={onReady} />
    </div>
  );
}
