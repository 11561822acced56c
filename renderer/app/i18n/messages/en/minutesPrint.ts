import type { MessageShape } from '../../defineMessages';
import type { minutesPrint as german } from '../minutesPrint';

const ordinalEn = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** The printed minutes (Niederschrift). */
export const minutesPrint: MessageShape<typeof german> = {
  title: (body: 'core' | 'extended', longDate: string, number?: number, town?: string) =>
    `Minutes of the ${number ? `${ordinalEn(number)} ` : ''}sitting of the ${body === 'extended' ? 'extended regional convent' : 'regional convent'} on ${longDate}${town ? ` in ${town}` : ''}`,
  footer: (date: string) => `Minutes of ${date}`,
  footerVersion: (version: number) => `Version ${version}`,
  footerHash: (hash: string) => `Checksum ${hash}`,
  footerPublic: 'public version',
  titlePublic: (title: string) => `${title} (public version)`,
  publicVersionNote: (items: string) => `Public version. The non-public part (${items}) is not included in this version.`,
  nonPublicPart: 'Non-public part',
  fileName: (date: string) => `Minutes-${date}`,
  approvalOf: (date: string) => `The minutes of the sitting of ${date} are approved.`,
  draftMark: 'DRAFT',
  state: {
    draft: 'Draft',
    circulated: (date: string) => `Draft, circulated for approval on ${date}`,
    approved: (sittingDate: string, approvedOn: string) =>
      `Approved in the sitting of ${sittingDate}${approvedOn === sittingDate ? '' : ` (recorded on ${approvedOn})`}`,
  },
  correction: (version: number, reason: string) => `Corrected version ${version}. Reason for the correction: ${reason}`,
  frozenVersion: (version: number) => `Earlier version ${version} (superseded by a correction)`,
  hashMismatch: 'Note: the content differs from the approved version. This document is not the approved minutes.',
  header: {
    chair: 'Chair',
    recorder: 'Minute taker',
    time: 'Start / end',
    timeValue: (start: string, end: string) => `${start} to ${end}`,
    place: 'Place',
    missing: '—',
  },
  attendance: {
    heading: 'Attendance',
    summary: (present: number, members: number, represented: number) =>
      `${present} of ${members} members are present${represented ? `, ${represented} of them represented` : ''}.`,
    present: 'Members present',
    absent: 'Members absent',
    unrecorded: 'Attendance not recorded',
    guests: 'Guests',
    guestLine: (name: string, role: string) => (role ? `${name}, ${role}` : name),
  },
  agendaHeading: 'Agenda',
  top: (position: number) => `Item ${position}`,
  notPublic: 'not public',
  presenter: (name: string) => `Presenter: ${name}`,
  decision: (number: number) => `Decision no. ${number}`,
  decisionNumbered: (reference: string, provisional: boolean) => `Decision no. ${reference}${provisional ? ' (provisional number)' : ''}`,
  motion: 'Motion',
  wording: 'Decision',
  vote: (yes: number, no: number, abstain: number) => `Vote: yes ${yes} · no ${no} · abstention ${abstain}`,
  noVote: 'Vote: not recorded',
  result: { accepted: 'carried', rejected: 'rejected', pending: 'not voted' },
  unanimous: 'carried unanimously',
  actionItems: 'Action items',
  actionItem: (text: string, owner: string, due: string) => [text, owner && `owner: ${owner}`, due && `by ${due}`].filter(Boolean).join(' · '),
  review: 'Status of open action items',
  reviewColumn: 'Status',
  reviewNone: 'No open action items from earlier sittings.',
  reviewState: { open: 'open', done: 'done', dropped: 'dropped' },
  reviewFrom: (date: string) => `from the sitting of ${date}`,
  furtherActionItems: 'Further action items',
  actionItemTable: {
    heading: 'Summary of action items',
    none: 'No action items were agreed in this sitting.',
    number: 'No.',
    text: 'Action item',
    owner: 'Owner',
    due: 'Due',
    item: 'Item',
  },
  signatures: {
    heading: 'Signatures',
    placeDate: 'Place, date',
    chair: 'Chair',
    recorder: 'Minute taker',
    member: 'Member of the convent',
  },
  hashLine: (hash: string) => `Content checksum (SHA-256): ${hash}`,
  loading: 'Loading …',
  notFound: 'This sitting does not exist (any more).',
};
