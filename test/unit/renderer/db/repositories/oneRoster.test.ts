import { describe, expect, it } from 'vitest';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { recordAttendance } from '../../../../../renderer/db/repositories/attendanceRepository';
import { loadSittingView } from '../../../../../renderer/features/sittings/loadSittingView';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { attendanceStatistics } from '../../../../../shared/sittings/attendanceStatistics';
import { demoDb } from '../../../../fixtures/demoMinutesDb';

/**
 * Issue 19, point 5: minutes, attendance screen, sign-in sheet (same view as the screen) and
 * statistics list the same members in the same order, also after the register changed.
 */
describe('one roster for a sitting', () => {
  it('after the register changed: the member who has since left stays, same order everywhere', async () => {
    const { db, sitting } = await demoDb();
    const before = (await loadSittingView(db, sitting.id))!;
    // Every member's attendance recorded, then one membership is corrected to start after the sitting.
    for (const seat of before.seats) await recordAttendance(db, sitting.id, seat.membership.id, { status: 'present' });
    const leaving = before.seats[before.seats.length - 1]!.membership;
    await putRow(db, 'memberships', { ...leaving, validFrom: '2025-05-01' });

    const view = (await loadSittingView(db, sitting.id))!;
    const minutes = (await loadMinutes(db, sitting.id))!;
    const screenOrder = view.seats.map((seat) => seat.membership.id);
    expect(screenOrder).toContain(leaving.id);
    expect(view.seats.find((seat) => seat.membership.id === leaving.id)!.onRegister).toBe(false);
    expect(minutes.document.attendance.members.map((m) => m.membershipId)).toEqual(screenOrder);
    // The heads first, in rotation order (as on the screen), not by name.
    expect(minutes.document.attendance.members.slice(0, 5).map((m) => m.membershipId)).toEqual(screenOrder.slice(0, 5));

    const all = {
      sittings: await db.domain('sittings').toArray(),
      memberships: await db.domain('memberships').toArray(),
      deputies: await db.domain('deputies').toArray(),
      persons: await db.domain('persons').toArray(),
      territories: await db.domain('territories').toArray(),
      attendance: await db.domain('attendance').toArray(),
    };
    const stats = attendanceStatistics({ ...all, from: sitting.date, to: sitting.date });
    const personsCounted = stats.members.filter((m) => m.sittings > 0).map((m) => m.personId).sort();
    expect(personsCounted).toEqual([...new Set(view.seats.map((seat) => seat.membership.personId))].sort());
  });

  it('two attendance rows for one member (imported data): the minutes take the newest, like the screen', async () => {
    const { db, sitting } = await demoDb();
    const seat = (await loadSittingView(db, sitting.id))!.seats[0]!;
    await recordAttendance(db, sitting.id, seat.membership.id, { status: 'present' });
    // An older duplicate that sorts after the real row (straight into the table, as an import would).
    await db.table('attendance').put({ id: '7ZZZZZZZZZZZZZZZZZZZZZZZZZ', sittingId: sitting.id, membershipId: seat.membership.id, status: 'absent', reason: 'alt', updatedAt: '2025-01-01T00:00:00.000Z' });
    const view = (await loadSittingView(db, sitting.id))!;
    const minutes = (await loadMinutes(db, sitting.id))!;
    expect(view.seats[0]!.attendance?.status).toBe('present');
    expect(minutes.document.attendance.members[0]!.status).toBe('present');
  });
});
