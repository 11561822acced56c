import type { Attendance, AttendanceStatus } from '../domain/sitting';

/** Who holds which seat at the sitting (membership → person). */
export interface SeatHolder {
  membershipId: string;
  personId: string;
}

/** What the user records for one member; the repository adds id, sittingId and updatedAt. */
export interface AttendanceDraft {
  membershipId: string;
  status: AttendanceStatus;
  reason?: string | undefined;
  deputyPersonId?: string | undefined;
  deputyDoubleConfirmed?: boolean | undefined;
  role?: string | undefined;
  arrivedAt?: string | undefined;
  leftAt?: string | undefined;
}

const withDeputy = (status: AttendanceStatus) => status === 'represented';
const withReason = (status: AttendanceStatus) => status === 'excused' || status === 'absent';
const withTimes = (status: AttendanceStatus) => status === 'present' || status === 'represented';
const blankToUndefined = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : undefined);

/**
 * Keeps only what belongs to the status: a reason for excused/absent, a deputy for represented, times
 * for those who came. Switching a member from "vertreten" to "anwesend" thus drops the deputy: one row
 * per member and sitting, one status, so a member is never both present and represented.
 */
export function normalizeAttendanceDraft(draft: AttendanceDraft): AttendanceDraft {
  const { status } = draft;
  const normalized: AttendanceDraft = { membershipId: draft.membershipId, status };
  const role = blankToUndefined(draft.role);
  if (role) normalized.role = role;
  if (withReason(status) && blankToUndefined(draft.reason)) normalized.reason = blankToUndefined(draft.reason);
  if (withDeputy(status)) {
    if (draft.deputyPersonId) normalized.deputyPersonId = draft.deputyPersonId;
    if (draft.deputyDoubleConfirmed) normalized.deputyDoubleConfirmed = true;
  }
  if (withTimes(status)) {
    if (draft.arrivedAt) normalized.arrivedAt = draft.arrivedAt;
    if (draft.leftAt) normalized.leftAt = draft.leftAt;
  }
  return normalized;
}

export type AttendanceProblem =
  /** "vertreten" without a deputy. */
  | 'deputyMissing'
  /** The member was named as their own deputy. */
  | 'deputyIsSelf'
  /** A deputy on a member who is not "vertreten": present and represented at once. */
  | 'presentAndRepresented'
  /** Departure before arrival. */
  | 'timesOutOfOrder'
  /** The membership does not belong to this sitting. */
  | 'notAMember';

/** The rules one row must satisfy on its own (before normalisation drops stray fields). */
export function attendanceProblem(draft: AttendanceDraft, holders: readonly SeatHolder[]): AttendanceProblem | undefined {
  const holder = holders.find((h) => h.membershipId === draft.membershipId);
  if (!holder) return 'notAMember';
  if (draft.status === 'represented' && !draft.deputyPersonId) return 'deputyMissing';
  if (draft.status !== 'represented' && draft.deputyPersonId) return 'presentAndRepresented';
  if (draft.deputyPersonId && draft.deputyPersonId === holder.personId) return 'deputyIsSelf';
  if (draft.arrivedAt && draft.leftAt && draft.leftAt <= draft.arrivedAt) return 'timesOutOfOrder';
  return undefined;
}

/**
 * A person with more than one voice at a sitting: deputy for several members, or deputy while
 * attending as a member in their own right.
 */
export interface DoubleRole {
  personId: string;
  /** Memberships this person represents. */
  represents: string[];
  /** The membership this person holds and attends in person, if any. */
  presentAs?: string | undefined;
  /** True when every one of the representations was confirmed by the user. */
  confirmed: boolean;
}

type RowLike = Pick<Attendance, 'membershipId' | 'status' | 'deputyPersonId' | 'deputyDoubleConfirmed'>;

export function doubleRoles(rows: readonly RowLike[], holders: readonly SeatHolder[]): DoubleRole[] {
  const personOf = new Map(holders.map((h) => [h.membershipId, h.personId]));
  const roles = new Map<string, DoubleRole>();
  const roleOf = (personId: string) => {
    let role = roles.get(personId);
    if (!role) {
      role = { personId, represents: [], confirmed: true };
      roles.set(personId, role);
    }
    return role;
  };
  for (const row of rows) {
    if (row.status === 'represented' && row.deputyPersonId) {
      const role = roleOf(row.deputyPersonId);
      role.represents.push(row.membershipId);
      if (!row.deputyDoubleConfirmed) role.confirmed = false;
    } else if (row.status === 'present') {
      const personId = personOf.get(row.membershipId);
      if (personId) roleOf(personId).presentAs = row.membershipId;
    }
  }
  return [...roles.values()].filter((r) => r.represents.length + (r.presentAs ? 1 : 0) > 1);
}

/** Double roles nobody confirmed (e.g. merged from two PCs): shown as a warning on the sitting. */
export const unconfirmedDoubleRoles = (rows: readonly RowLike[], holders: readonly SeatHolder[]) =>
  doubleRoles(rows, holders).filter((r) => !r.confirmed);

export type AttendanceCheck =
  | { kind: 'invalid'; problem: AttendanceProblem }
  /** The change gives a person a second voice: ask the user first. */
  | { kind: 'needsConfirmation'; conflict: DoubleRole }
  /** Write `row`; when confirmed, also mark the other representations of that person as confirmed. */
  | { kind: 'ok'; row: AttendanceDraft; confirmRepresentationsOf: string[] };

/**
 * Checks one member's new attendance against the sitting's other rows. A deputy can't represent two
 * members (or represent one while attending as a member) unless the user confirms it; a member can't
 * be both present and represented.
 */
export function checkAttendance(
  draft: AttendanceDraft,
  currentRows: readonly RowLike[],
  holders: readonly SeatHolder[],
  options: { confirmed?: boolean } = {},
): AttendanceCheck {
  const problem = attendanceProblem(draft, holders);
  if (problem) return { kind: 'invalid', problem };
  const row = normalizeAttendanceDraft(draft);
  const others = currentRows.filter((r) => r.membershipId !== row.membershipId);
  const holder = holders.find((h) => h.membershipId === row.membershipId);
  const affected = row.status === 'represented' ? row.deputyPersonId : row.status === 'present' ? holder?.personId : undefined;
  const conflict = doubleRoles([...others, { ...row, deputyDoubleConfirmed: false }], holders).find((r) => r.personId === affected);
  if (!conflict) {
    delete row.deputyDoubleConfirmed;
    return { kind: 'ok', row, confirmRepresentationsOf: [] };
  }
  // The same role as before (e.g. only the arrival time changed) was accepted already; a new role is asked about.
  const previous = currentRows.find((r) => r.membershipId === row.membershipId);
  const sameRole =
    previous?.status === row.status && (row.status !== 'represented' || previous.deputyPersonId === row.deputyPersonId);
  const acceptedBefore = sameRole && (row.status !== 'represented' || previous?.deputyDoubleConfirmed === true);
  if (acceptedBefore) {
    if (row.status === 'represented') row.deputyDoubleConfirmed = true;
    return { kind: 'ok', row, confirmRepresentationsOf: [] };
  }
  if (!options.confirmed) return { kind: 'needsConfirmation', conflict };
  if (row.status === 'represented') row.deputyDoubleConfirmed = true;
  return { kind: 'ok', row, confirmRepresentationsOf: conflict.represents.filter((id) => id !== row.membershipId) };
}
