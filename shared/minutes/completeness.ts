import type { MinutesDocument } from './minutesDocument';
import { totalVotes } from './voteResult';

/** Where a missing piece is entered: the UI turns a target into a link that focuses the field. */
export type CompletenessTarget =
  | { kind: 'header'; field: 'chair' | 'recorder' | 'start' | 'end' | 'place' }
  | { kind: 'agenda' }
  | { kind: 'attendance'; membershipId: string }
  | { kind: 'decision'; itemId: string; decisionId: string; field: 'wording' | 'votes' };

export type CompletenessProblem =
  | { code: 'chairMissing' | 'recorderMissing' | 'startMissing' | 'endMissing' | 'placeMissing'; target: CompletenessTarget }
  | { code: 'endBeforeStart'; target: CompletenessTarget }
  | { code: 'noAgendaItems'; target: CompletenessTarget }
  | { code: 'attendanceMissing'; member: string; target: CompletenessTarget }
  | { code: 'reasonMissing'; member: string; target: CompletenessTarget }
  | { code: 'wordingMissing'; itemPosition: number; decisionNumber: number; target: CompletenessTarget }
  | { code: 'votesMissing'; itemPosition: number; decisionNumber: number; target: CompletenessTarget }
  | { code: 'tooManyVotes'; itemPosition: number; decisionNumber: number; cast: number; present: number; target: CompletenessTarget };

/**
 * What the minutes still lack before they may be sent out for approval (§ 40 SächsGemO as a
 * checklist): chair, minute taker, times and place; every member's attendance; a reason for every
 * member who was not there; wording and vote for every decision. Empty list = complete.
 * Checked on the document itself, so it judges exactly what would be printed.
 */
export function checkCompleteness(document: MinutesDocument): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  const { header } = document;
  const headerField = (field: 'chair' | 'recorder' | 'start' | 'end' | 'place') => ({ kind: 'header', field }) as const;
  if (!header.chair.trim()) problems.push({ code: 'chairMissing', target: headerField('chair') });
  if (!header.recorder.trim()) problems.push({ code: 'recorderMissing', target: headerField('recorder') });
  if (!header.start) problems.push({ code: 'startMissing', target: headerField('start') });
  if (!header.end) problems.push({ code: 'endMissing', target: headerField('end') });
  if (header.start && header.end && header.end <= header.start) problems.push({ code: 'endBeforeStart', target: headerField('end') });
  if (!header.place.trim()) problems.push({ code: 'placeMissing', target: headerField('place') });

  for (const member of document.attendance.members) {
    const target = { kind: 'attendance', membershipId: member.membershipId } as const;
    // The line starts with the member's name; the reason is what we ask for, so name only.
    const name = member.line.split(' (')[0] ?? member.line;
    if (member.status === 'unrecorded') problems.push({ code: 'attendanceMissing', member: name, target });
    else if ((member.status === 'excused' || member.status === 'absent') && !member.reason?.trim()) {
      problems.push({ code: 'reasonMissing', member: name, target });
    }
  }

  if (document.items.length === 0) problems.push({ code: 'noAgendaItems', target: { kind: 'agenda' } });
  const present = document.attendance.presentCount;
  for (const item of document.items) {
    for (const decision of item.decisions) {
      const at = { itemPosition: item.position, decisionNumber: decision.number };
      const target = (field: 'wording' | 'votes') => ({ kind: 'decision', itemId: item.id, decisionId: decision.id, field }) as const;
      if (!decision.wording.trim()) problems.push({ code: 'wordingMissing', ...at, target: target('wording') });
      if (!decision.votes) problems.push({ code: 'votesMissing', ...at, target: target('votes') });
      else if (totalVotes(decision.votes) > present) {
        problems.push({ code: 'tooManyVotes', ...at, cast: totalVotes(decision.votes), present, target: target('votes') });
      }
    }
  }
  return problems;
}
