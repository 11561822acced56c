import type { ActionItem, AgendaItem, Decision, Minutes, Vote } from '../domain/minutes';
import type { Body, Membership } from '../domain/membership';
import type { Person } from '../domain/person';
import type { Attendance, AttendanceStatus, Guest, Sitting } from '../domain/sitting';
import { attendanceLine, type AttendanceWords } from '../domain/attendanceText';
import type { Territory } from '../domain/territory';
import { sittingRoster } from '../sittings/sittingRoster';
import { reviewedActionItems, type ReviewedActionItem } from './actionItemReview';
import { numberDecisions, type DecisionNumber } from './decisionNumbers';
import { sittingNumber } from '../sittings/sittingNumber';
import { sittingVenue, venueLine } from '../sittings/venue';

/**
 * Everything the printed minutes say, as plain data. It is built from the database rows, hashed
 * when the minutes are approved (contentHash.ts), frozen as JSON when a correction is made, and
 * rendered by one view, so the approved text, a frozen version and the PDF never drift apart.
 * Names are stored as the text that is printed: a later change of a person's function does not
 * rewrite minutes that were already signed.
 */
export interface MinutesDocument {
  formatVersion: 1;
  sitting: {
    id: string;
    body: Body;
    title: string;
    date: string;
    venue: string;
    /**
     * "Landratsamt Zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau": the venue with its postal address
     * (shared/sittings/venue.ts), present only when an address is known, so older documents hash as before.
     */
    venueWithAddress?: string | undefined;
    /** "12. Sitzung": the count of the body's non-cancelled sittings up to this one. */
    number?: number | undefined;
    /** The host's seat ("in Plauen"). */
    town?: string | undefined;
  };
  version: number;
  header: { chair: string; recorder: string; start?: string | undefined; end?: string | undefined; place: string };
  attendance: MinutesAttendance;
  items: MinutesItem[];
  /** Action items of this sitting that belong to no agenda item (printed after the items). */
  furtherActionItems: MinutesActionItem[];
  /** "Stand der offenen Aufgaben": open action items of earlier sittings as of this sitting. */
  review: { hostItemId?: string | undefined; entries: ReviewedActionItem[] };
  /**
   * Minutes of earlier sittings approved in this sitting ("Die Niederschrift über die Sitzung vom …
   * wird genehmigt."), printed in the item on approving the last minutes, or as a line of their own.
   * Present only when there is one, so documents without approvals hash as before.
   */
  approvals?: { hostItemId?: string | undefined; sittingDates: string[] } | undefined;
}

export interface MinutesAttendance {
  members: MinutesMemberLine[];
  /** Members entitled to attend on the sitting's date. */
  memberCount: number;
  /** Present in person or through a deputy: the members whose votes count. */
  presentCount: number;
  representedCount: number;
  guests: { name: string; function: string; organization: string }[];
}

export interface MinutesMemberLine {
  membershipId: string;
  /** "Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier" */
  line: string;
  organization: string;
  /** 'unrecorded': nobody entered this member's attendance yet. */
  status: AttendanceStatus | 'unrecorded';
  reason?: string | undefined;
}

export interface MinutesItem {
  id: string;
  position: number;
  title: string;
  presenter?: string | undefined;
  public: boolean;
  notes: string;
  decisions: MinutesDecision[];
  actionItems: MinutesActionItem[];
}

export interface MinutesDecision {
  id: string;
  /** Running number in these minutes (documents made before decisions were numbered per year). */
  number: number;
  /** "Beschluss Nr. 03/2026": fixed once the minutes were circulated, provisional before. */
  reference?: (DecisionNumber & { fixed: boolean }) | undefined;
  motion?: string | undefined;
  wording: string;
  votes?: Vote | undefined;
  unanimous: boolean;
  result: Decision['result'];
}

export interface MinutesActionItem {
  id: string;
  /** Running number in these minutes, the same in the item and in the final table. */
  number: number;
  text: string;
  owner: string;
  due?: string | undefined;
}

export interface MinutesSources {
  sitting: Sitting;
  minutes: Pick<Minutes, 'chair' | 'recorder' | 'start' | 'end' | 'place' | 'version'>;
  memberships: readonly Membership[];
  persons: readonly Person[];
  attendance: readonly Attendance[];
  guests: readonly Guest[];
  agendaItems: readonly AgendaItem[];
  decisions: readonly Decision[];
  /** Action items recorded in this sitting. */
  actionItems: readonly ActionItem[];
  /** Action items of every earlier sitting, with that sitting's date. */
  earlierActionItems: readonly { item: ActionItem; sittingDate: string }[];
  /** "vertreten durch" / "represented by" from the document language's catalog (German by default). */
  attendanceWords?: AttendanceWords | undefined;
  /** For the order of the heads (rotation order), as on the attendance screen. */
  territories?: readonly Territory[] | undefined;
  /** Dates of the sittings whose minutes were approved in this sitting. */
  approvalsGiven?: readonly string[] | undefined;
  /** Every sitting (for the sitting's number); without it the document has no number. */
  allSittings?: readonly Sitting[];
  /** The host territory's seat, for "in Plauen". */
  hostSeat?: string | undefined;
  /** The highest decision number fixed in the body and year by other sittings' minutes. */
  decisionNumberBase?: number;
}

const REVIEW_TITLE = /offene[n]?\s+aufgaben/i;
const APPROVAL_TITLE = /genehmigung.*niederschrift|niederschrift.*genehmig|protokoll.*genehmig|genehmigung.*protokoll/i;

export function buildMinutesDocument(sources: MinutesSources): MinutesDocument {
  const { sitting } = sources;
  const personById = new Map(sources.persons.map((p) => [p.id, p]));
  // The one roster of a sitting (the attendance screen, sign-in sheet and statistics use it too):
  // same members, same order, the newest of duplicate rows, members recorded but since gone kept.
  const roster = sittingRoster(sitting, sources.memberships, [], sources.attendance, {
    persons: personById,
    territories: new Map((sources.territories ?? []).map((t) => [t.id, t])),
  });
  const members = roster
    .map((seat) => ({ membership: seat.membership, attendance: seat.attendance, person: personById.get(seat.membership.personId) }))
    .filter((entry): entry is { membership: Membership; attendance: Attendance | undefined; person: Person } => !!entry.person);
  const memberLines: MinutesMemberLine[] = members.map(({ membership, person, attendance }) => {
    const deputy = attendance?.deputyPersonId ? personById.get(attendance.deputyPersonId) : undefined;
    return {
      membershipId: membership.id,
      line: attendanceLine(person, attendance, deputy, sources.attendanceWords),
      organization: person.organization,
      status: attendance?.status ?? 'unrecorded',
      reason: attendance?.reason || undefined,
    };
  });

  const items = [...sources.agendaItems]
    .filter((item) => item.sittingId === sitting.id)
    .sort((a, b) => a.position - b.position);
  const itemIds = new Set(items.map((item) => item.id));
  const ownActionItems = sources.actionItems
    .filter((a) => a.sittingId === sitting.id)
    .sort((a, b) => a.id.localeCompare(b.id));
  let decisionNumber = 0;
  let actionNumber = 0;
  const year = Number(sitting.date.slice(0, 4));
  const orderedDecisions = items.flatMap((item) =>
    sources.decisions.filter((d) => d.agendaItemId === item.id).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)),
  );
  // The public part is printed first: numbering follows the printed order.
  const printedOrder = [
    ...orderedDecisions.filter((d) => items.find((i) => i.id === d.agendaItemId)?.public !== false),
    ...orderedDecisions.filter((d) => items.find((i) => i.id === d.agendaItemId)?.public === false),
  ];
  const references = numberDecisions(printedOrder, year, sources.decisionNumberBase ?? 0);
  const toActionItem = (a: ActionItem): MinutesActionItem => ({ id: a.id, number: (actionNumber += 1), text: a.text, owner: a.owner, due: a.due });
  const minutesItems: MinutesItem[] = items.map((item) => ({
    id: item.id,
    position: item.position,
    title: item.title,
    presenter: item.presenter || undefined,
    public: item.public,
    notes: item.notes,
    decisions: sources.decisions
      .filter((d) => d.agendaItemId === item.id)
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map((d) => ({
        id: d.id,
        number: (decisionNumber += 1),
        reference: references.get(d.id),
        motion: d.motion?.trim() || undefined,
        wording: d.wording,
        votes: d.votes,
        unanimous: d.unanimous ?? false,
        result: d.result,
      })),
    actionItems: ownActionItems.filter((a) => a.agendaItemId === item.id).map(toActionItem),
  }));
  const furtherActionItems = ownActionItems.filter((a) => !a.agendaItemId || !itemIds.has(a.agendaItemId)).map(toActionItem);

  return {
    formatVersion: 1,
    sitting: {
      id: sitting.id,
      body: sitting.body,
      title: sitting.title,
      date: sitting.date,
      venue: sitting.venue,
      venueWithAddress: addressedVenue(sitting, sources.territories),
      number: sources.allSittings ? sittingNumber(sitting, sources.allSittings) : undefined,
      town: sources.hostSeat || undefined,
    },
    version: sources.minutes.version,
    header: {
      chair: sources.minutes.chair,
      recorder: sources.minutes.recorder,
      start: sources.minutes.start,
      end: sources.minutes.end,
      place: sources.minutes.place,
    },
    attendance: {
      members: memberLines,
      memberCount: memberLines.length,
      presentCount: memberLines.filter((m) => m.status === 'present' || m.status === 'represented').length,
      representedCount: memberLines.filter((m) => m.status === 'represented').length,
      guests: sources.guests
        .filter((g) => g.sittingId === sitting.id)
        .map((g) => ({ name: g.name, function: g.function, organization: g.organization })),
    },
    items: minutesItems,
    furtherActionItems,
    review: {
      hostItemId: minutesItems.find((item) => REVIEW_TITLE.test(item.title))?.id,
      entries: reviewedActionItems(sources.earlierActionItems, sitting.date),
    },
    ...(sources.approvalsGiven?.length
      ? {
          approvals: {
            hostItemId: minutesItems.find((item) => APPROVAL_TITLE.test(item.title))?.id,
            sittingDates: [...sources.approvalsGiven].sort(),
          },
        }
      : {}),
  };
}

/** Action items of these minutes in their running order (the final table). */
export function allActionItems(document: MinutesDocument): (MinutesActionItem & { itemPosition?: number })[] {
  return [
    ...document.items.flatMap((item) => item.actionItems.map((a) => ({ ...a, itemPosition: item.position }))),
    ...document.furtherActionItems,
  ];
}

/** The venue with its address, or undefined when no address is known (the venue text says it all). */
function addressedVenue(sitting: Sitting, territories: readonly Territory[] | undefined): string | undefined {
  const host = sitting.hostTerritoryId ? territories?.find((t) => t.id === sitting.hostTerritoryId) : undefined;
  const venue = sittingVenue(sitting, host);
  const line = venueLine(venue);
  return venue.street || venue.postalCode || venue.city ? line : undefined;
}
