import { sittingsToIcs } from '../../../../shared/calendar/sittingsToIcs';
import { venueWithAddress } from '../../../../shared/calendar/venueAddress';
import type { MailAddress, MailDraft } from '../../../../shared/mail/emlMessage';
import { personWithFunction, type Person } from '../../../../shared/domain/person';
import { officeOf } from '../../../../shared/domain/settings';
import type { Sitting } from '../../../../shared/domain/sitting';
import { announcementState } from '../../../../shared/sittings/announcement';
import { letterRecipients } from '../../../../shared/sittings/invitationLetters';
import { replyByDate } from '../../../../shared/sittings/replyBy';
import { sittingNumber } from '../../../../shared/sittings/sittingNumber';
import { formatDateLong, formatDateNumeric } from '../../../app/format/dates';
import type { Messages } from '../../../app/i18n/catalog';
import { planNotesText } from '../../../app/format/planNotes';
import type { Language } from '../../../../shared/domain/settings';
import type { SittingView } from '../loadSittingView';

export type LetterKind = 'invitation' | 'change' | 'cancel';

export interface SittingMail {
  /** Recipients, subject and text; the .ics is attached, the PDF is rendered by the platform. */
  draft: MailDraft;
  /** Members and deputies without an e-mail address: named before the draft is written. */
  withoutEmail: Person[];
  draftName: string;
  pdf: { route: string; fileName: string };
}

/**
 * Which letter the members get by e-mail now: the news of a change or cancellation not yet told, the
 * Absage of a cancelled sitting, the Terminänderung of a moved one, or else the invitation.
 */
export function mailKindOf(view: SittingView): { kind: LetterKind; previousDate?: string | undefined } | null {
  const { sitting } = view;
  const state = announcementState(sitting);
  if (state.kind === 'changeUntold') return { kind: 'change', previousDate: state.announced.date };
  if (state.kind === 'cancelUntold' || (sitting.status === 'cancelled' && sitting.invitedAt)) return { kind: 'cancel' };
  if (!sitting.invitedAt || sitting.status !== 'invited') return null;
  if (sitting.announced?.previousDate) return { kind: 'change', previousDate: sitting.announced.previousDate };
  return { kind: 'invitation' };
}

const address = (person: Person): MailAddress | null => (person.email.trim() ? { name: personWithFunction(person), address: person.email.trim() } : null);

/**
 * The e-mail that goes with a letter of a sitting (invitation, Terminänderung, Absage): To the members
 * of the sitting's roster, Cc the standing deputies, as the letter's Verteiler says; subject and
 * wording from the same catalog as the letter; the sitting's .ics (same UID as the plan export,
 * METHOD:PUBLISH) attached. The letter's PDF is attached by the platform (desktop).
 */
export function sittingMail(input: {
  view: SittingView;
  sittings: readonly Sitting[];
  messages: Messages;
  language: Language;
  kind: LetterKind;
  /** The date the members were told before (Terminänderung). */
  previousDate?: string | undefined;
  today: string;
  now: string;
}): SittingMail {
  const { view, messages, language, kind, today, now } = input;
  const { sitting, settings } = view;
  const t = messages.letters.letter;
  const office = officeOf(settings);
  const body = messages.sittings.bodiesGenitive[sitting.body];
  const number = sittingNumber(sitting, input.sittings);
  const ordinal = number ? t.ordinal(number) : '';
  const longDate = formatDateLong(sitting.date, language);
  const host = sitting.hostTerritoryId ? view.territoryById.get(sitting.hostTerritoryId) : undefined;

  const recipients = letterRecipients(view.seats, view.personById);
  const to = recipients.filter((r) => r.kind === 'member').map((r) => address(r.person));
  const cc = recipients.filter((r) => r.kind === 'copy').map((r) => address(r.person));
  const withoutEmail = recipients.filter((r) => !r.person.email.trim()).map((r) => r.person);

  const subject =
    kind === 'invitation' ? t.subject.invitation(ordinal, body, longDate) : kind === 'change' ? t.subject.change(ordinal, body, longDate) : t.subject.cancel(body, longDate);
  const intro =
    kind === 'invitation'
      ? t.intro.invitation(ordinal, body)
      : kind === 'change'
        ? t.intro.change(ordinal, body, input.previousDate ? formatDateLong(input.previousDate, language) : longDate)
        : t.intro.cancel(body, longDate);
  const replyBy = replyByDate(sitting.date, today);
  const venue = venueWithAddress(sitting, host);

  const lines: string[] = [messages.mail.salutation, '', intro, ''];
  if (kind !== 'cancel') {
    lines.push(`${t.when}: ${longDate}, ${messages.sittings.timeRange(sitting.start, sitting.end)}`);
    if (venue) lines.push(`${t.where}: ${venue}`);
    if (host) lines.push(`${t.host}: ${host.name}`);
    lines.push('', `${t.agenda}:`);
    if (view.agendaItems.length === 0) lines.push(t.agendaFollows);
    for (const item of view.agendaItems) lines.push(`${t.agendaItem(item.position)}  ${item.title}`);
    lines.push('', `${t.replyBy}: ${formatDateNumeric(replyBy)}`, kind === 'invitation' ? t.replyText(formatDateNumeric(replyBy)) : t.changeReply(formatDateNumeric(replyBy)));
  } else {
    lines.push(t.cancelNext, t.apology);
  }
  lines.push('', messages.mail.attachmentsNote, '', t.closing);
  if (office.signerOnBehalf) lines.push(t.onBehalf);
  if (office.signerName) lines.push(office.signerName);
  if (office.signerFunction) lines.push(office.signerFunction);
  lines.push(office.officeName);
  const postal = [office.officeStreet, [office.officePostalCode, office.officeCity].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (postal) lines.push(postal);
  const contact = [office.contactName, office.contactPhone, office.contactEmail].filter(Boolean).join(' · ');
  if (contact) lines.push(messages.mail.contactLine(contact));

  const hostName = (territoryId: string | undefined) => (territoryId ? (view.territoryById.get(territoryId)?.name ?? '') : '');
  const ics = sittingsToIcs({
    sittings: [sitting],
    calendarName: settings.conventName,
    hostName,
    noteOf: (s) => planNotesText(s, { messages, language, hostName }),
    now,
    organizer: { name: office.officeName || settings.conventName, email: office.contactEmail },
    locationOf: (s) => venueWithAddress(s, s.hostTerritoryId ? view.territoryById.get(s.hostTerritoryId) : undefined),
  });

  const baseName = `${messages.mail.fileName[kind]}-${sitting.date}`;
  return {
    draft: {
      ...(office.contactEmail ? { from: { name: office.officeName, address: office.contactEmail } } : {}),
      to: to.filter((a): a is MailAddress => a !== null),
      cc: cc.filter((a): a is MailAddress => a !== null),
      subject,
      text: lines.join('\n'),
      attachments: [{ fileName: `Sitzung-${sitting.date}.ics`, contentType: 'text/calendar; method=PUBLISH', bytes: new TextEncoder().encode(ics) }],
      date: now,
    },
    withoutEmail,
    draftName: baseName,
    pdf: {
      route: kind === 'invitation' ? `/print/invitation/${sitting.id}` : `/print/invitation/${sitting.id}?letter=${kind}`,
      fileName: `${baseName}.pdf`,
    },
  };
}
