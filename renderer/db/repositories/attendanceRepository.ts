import { stableId } from '../../../shared/domain/stableId';
import type { Attendance } from '../../../shared/domain/sitting';
import type { Person } from '../../../shared/domain/person';
import {
  checkAttendance,
  type AttendanceDraft,
  type AttendanceProblem,
  type DoubleRole,
  type SeatHolder,
} from '../../../shared/sittings/attendanceRules';
import { attendanceByMembership, sittingRoster } from '../../../shared/sittings/sittingRoster';
import type { KonventDatabase } from '../database';
import { newId, putRow, validateRow } from '../rowWriter';
import { assertSittingMinutesEditable } from './minutesLock';

/**
 * One attendance row per member and sitting, with an id derived from both: two PCs recording the same
 * member write the same row, and sync merges it field by field instead of keeping two rows.
 */
export const attendanceRowId = (sittingId: string, membershipId: string) => stableId(`attendance:${sittingId}:${membershipId}`);

export type AttendanceChange = Partial<Omit<AttendanceDraft, 'membershipId'>>;

export type RecordAttendanceResult =
  | { kind: 'saved'; row: Attendance }
  | { kind: 'needsConfirmation'; conflict: DoubleRole }
  | { kind: 'invalid'; problem: AttendanceProblem };

export type NewDeputy = Pick<Person, 'title' | 'firstName' | 'lastName' | 'function' | 'organization'>;

const tablesOf = (db: KonventDatabase) => [
  db.domain('minutes'),
  db.domain('attendance'),
  db.domain('sittings'),
  db.domain('memberships'),
  db.domain('persons'),
];

/** The members of the sitting (as of its date, plus recorded ones) with the person holding each seat. */
async function seatHolders(db: KonventDatabase, sittingId: string, rows: readonly Attendance[]): Promise<SeatHolder[]> {
  const sitting = await db.domain('sittings').get(sittingId);
  if (!sitting) throw new Error('sittingGone');
  const memberships = await db.domain('memberships').toArray();
  const order = { persons: new Map(), territories: new Map() };
  return sittingRoster(sitting, memberships, [], rows, order).map((seat) => ({
    membershipId: seat.membership.id,
    personId: seat.membership.personId,
  }));
}

/**
 * Records a change of one member's attendance in one transaction, after checking the rules of
 * shared/sittings/attendanceRules.ts against the sitting's other rows. Nothing is written when the
 * change is invalid or needs the user's confirmation first, and nothing at all once the sitting's
 * minutes are approved (MinutesLockedError: attendance is part of the signed record).
 */
export async function recordAttendance(
  db: KonventDatabase,
  sittingId: string,
  membershipId: string,
  change: AttendanceChange,
  options: { confirmed?: boolean; newDeputy?: NewDeputy } = {},
): Promise<RecordAttendanceResult> {
  return db.transaction('rw', tablesOf(db), async () => {
    await assertSittingMinutesEditable(db, sittingId);
    const rows = await db.domain('attendance').where('sittingId').equals(sittingId).toArray();
    const current = [...attendanceByMembership(rows).values()];
    const existing = current.find((r) => r.membershipId === membershipId);
    // A deputy entered new becomes a person; validated first, written only together with the attendance.
    const newPerson = options.newDeputy
      ? validateRow('persons', { ...options.newDeputy, id: newId(), email: '', phone: '', notes: '' })
      : undefined;
    const deputyPersonId = newPerson?.id ?? change.deputyPersonId;
    const base: AttendanceDraft = existing ? { ...existing } : { membershipId, status: change.status ?? 'present' };
    if (change.status && change.status !== 'represented') {
      delete base.deputyPersonId;
      delete base.deputyDoubleConfirmed;
    }
    const draft: AttendanceDraft = { ...base, ...change, membershipId, ...(deputyPersonId ? { deputyPersonId } : {}) };
    const check = checkAttendance(draft, current, await seatHolders(db, sittingId, rows), options);
    if (check.kind !== 'ok') return check;
    if (newPerson) await db.domain('persons').add(newPerson);
    const row = validateRow('attendance', { ...check.row, id: existing?.id ?? attendanceRowId(sittingId, membershipId), sittingId });
    await db.domain('attendance').put(row);
    for (const otherId of check.confirmRepresentationsOf) {
      const other = current.find((r) => r.membershipId === otherId);
      if (other) await putRow(db, 'attendance', { ...other, deputyDoubleConfirmed: true });
    }
    return { kind: 'saved', row };
  });
}

/** Removes what was recorded for a member (back to "nicht erfasst"); refused once the minutes are approved. */
export async function clearAttendance(db: KonventDatabase, sittingId: string, membershipId: string): Promise<void> {
  await db.transaction('rw', db.domain('minutes'), db.domain('attendance'), async () => {
    await assertSittingMinutesEditable(db, sittingId);
    const rows = await db.domain('attendance').where('[sittingId+membershipId]').equals([sittingId, membershipId]).primaryKeys();
    await db.domain('attendance').bulkDelete(rows);
  });
}
