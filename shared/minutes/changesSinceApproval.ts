import type { Settings } from '../domain/settings';
import { canonicalJsonNfc } from '../hashing/canonicalJson';
import type { FrozenMinutes } from './frozenMinutes';
import type { MinutesDocument, MinutesItem } from './minutesDocument';

/**
 * What the live data would print differently from approved minutes: the parts, named so a user can
 * find them. Informational only: the approved text stays as it was; a correction takes the changes in.
 */
export type ApprovalChange =
  | { part: 'sitting' | 'header' | 'guests' | 'agenda' | 'furtherActionItems' | 'review' | 'letterhead' | 'signatures' | 'language' }
  /** Attendance lines that read differently now (the current wording; the approved one if the member is gone). */
  | { part: 'attendance'; lines: string[] }
  /** An item whose text, decisions or actionItems changed (its approved position). */
  | { part: 'item'; position: number };

const same = (a: unknown, b: unknown) => canonicalJsonNfc(a ?? null) === canonicalJsonNfc(b ?? null);

export function changesSinceApproval(frozen: FrozenMinutes, live: MinutesDocument, liveSettings: Settings): ApprovalChange[] {
  const approved = frozen.document;
  const changes: ApprovalChange[] = [];
  // The venue's postal address is looked up (the sitting's, else the host's usual venue): entering or
  // correcting it later is no change of what was approved. The venue itself is compared.
  const facts = ({ venueWithAddress: _address, ...rest }: MinutesDocument['sitting']) => rest;
  if (!same(facts(approved.sitting), facts(live.sitting))) changes.push({ part: 'sitting' });
  if (!same(approved.header, live.header)) changes.push({ part: 'header' });

  const lines = attendanceChanges(approved, live);
  if (lines.length > 0 || approved.attendance.memberCount !== live.attendance.memberCount) changes.push({ part: 'attendance', lines });
  if (!same(approved.attendance.guests, live.attendance.guests)) changes.push({ part: 'guests' });

  const outline = (items: MinutesItem[]) => items.map((item) => [item.id, item.position, item.title, item.public]);
  if (!same(outline(approved.items), outline(live.items))) changes.push({ part: 'agenda' });
  const liveItems = new Map(live.items.map((item) => [item.id, item]));
  for (const item of approved.items) {
    const now = liveItems.get(item.id);
    if (now && !same(item, now)) changes.push({ part: 'item', position: item.position });
  }
  if (!same(approved.furtherActionItems, live.furtherActionItems)) changes.push({ part: 'furtherActionItems' });
  if (!same(approved.review, live.review)) changes.push({ part: 'review' });

  const print = frozen.print;
  if (print) {
    if (!same([print.conventName, print.letterhead, print.logoDataUrl], [liveSettings.conventName, liveSettings.letterhead, liveSettings.logoDataUrl])) {
      changes.push({ part: 'letterhead' });
    }
    if (print.signatureMembers !== liveSettings.signatureMembers) changes.push({ part: 'signatures' });
  }
  return changes;
}

function attendanceChanges(approved: MinutesDocument, live: MinutesDocument): string[] {
  const liveLines = new Map(live.attendance.members.map((m) => [m.membershipId, m]));
  const approvedIds = new Set(approved.attendance.members.map((m) => m.membershipId));
  const changed = approved.attendance.members.flatMap((member) => {
    const now = liveLines.get(member.membershipId);
    if (!now) return [member.line];
    return same(member, now) ? [] : [now.line];
  });
  const added = live.attendance.members.filter((m) => !approvedIds.has(m.membershipId)).map((m) => m.line);
  return [...changed, ...added];
}
