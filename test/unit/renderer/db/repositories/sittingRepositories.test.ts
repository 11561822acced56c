import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { attendanceRowId, clearAttendance, recordAttendance } from '../../../../../renderer/db/repositories/attendanceRepository';
import { createSitting, markInvited, setSittingStatus } from '../../../../../renderer/db/repositories/sittingsRepository';
import { addGuest } from '../../../../../renderer/db/repositories/guestsRepository';
import { ValidationError } from '../../../../../renderer/db/rowWriter';

async function setUp() {
  const db = new KonventDatabase(`sitting-repos-${Math.random()}`);
  const rows = await loadDemoData(db);
  const person = (lastName: string) => rows.persons.find((p) => p.lastName === lastName)!;
  const membership = (lastName: string) => rows.memberships.find((m) => m.personId === person(lastName).id)!;
  const sitting = await createSitting(db, { body: 'core', title: '', date: '2025-07-21', start: '10:00', end: '12:00', venue: 'Plauen' });
  return { db, rows, person, membership, sitting };
}

describe('attendance repository', () => {
  it('writes one row per member and sitting, with the id the demo data uses too', async () => {
    const { db, membership, sitting, rows } = await setUp();
    await recordAttendance(db, sitting.id, membership('Hennig').id, { status: 'present' });
    await recordAttendance(db, sitting.id, membership('Hennig').id, { status: 'excused', reason: 'Urlaub' });
    const stored = await db.domain('attendance').where('sittingId').equals(sitting.id).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: attendanceRowId(sitting.id, membership('Hennig').id), status: 'excused', reason: 'Urlaub' });
    const demo = rows.attendance[0]!;
    expect(demo.id).toBe(attendanceRowId(demo.sittingId, demo.membershipId));
  });

  it('keeps the recorded role (Sprecher) when the status changes', async () => {
    const { db, rows, membership } = await setUp();
    const demoSitting = rows.sittings[0]!;
    await recordAttendance(db, demoSitting.id, membership('Michaelis').id, { status: 'excused' });
    expect(await db.domain('attendance').get(attendanceRowId(demoSitting.id, membership('Michaelis').id))).toMatchObject({
      status: 'excused',
      role: 'Sprecher',
    });
  });

  it('writes nothing for an invalid change, not even the new deputy person', async () => {
    const { db, membership, sitting } = await setUp();
    const personsBefore = await db.domain('persons').count();
    // Kunze is a personality: no member of the core convent's sitting.
    const result = await recordAttendance(db, sitting.id, membership('Kunze').id, { status: 'represented' }, {
      newDeputy: { title: '', firstName: 'Erika', lastName: 'Muster', function: '', organization: '' },
    });
    expect(result).toEqual({ kind: 'invalid', problem: 'notAMember' });
    expect(await db.domain('persons').count()).toBe(personsBefore);
    expect(await db.domain('attendance').where('sittingId').equals(sitting.id).count()).toBe(0);
    const invalidTimes = await recordAttendance(db, sitting.id, membership('Anton').id, { status: 'present', arrivedAt: '11:00', leftAt: '10:00' });
    expect(invalidTimes).toEqual({ kind: 'invalid', problem: 'timesOutOfOrder' });
    await expect(
      recordAttendance(db, sitting.id, membership('Anton').id, { status: 'represented' }, {
        newDeputy: { title: '', firstName: '', lastName: 'Ohne Vorname', function: '', organization: '' },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.domain('persons').count()).toBe(personsBefore);
  });

  it('saves a new deputy person together with the attendance', async () => {
    const { db, membership, sitting } = await setUp();
    const result = await recordAttendance(db, sitting.id, membership('Schulze').id, { status: 'represented' }, {
      newDeputy: { title: '', firstName: 'Ralf', lastName: 'Neumann', function: 'Bürgermeister', organization: 'Stadt Chemnitz' },
    });
    expect(result.kind).toBe('saved');
    const row = result.kind === 'saved' ? result.row : undefined;
    expect((await db.domain('persons').get(row!.deputyPersonId!))?.lastName).toBe('Neumann');
  });

  it('confirms a double deputy on both rows, and clearing removes the entry', async () => {
    const { db, membership, person, sitting } = await setUp();
    const beier = person('Beier').id;
    await recordAttendance(db, sitting.id, membership('Krüger').id, { status: 'represented', deputyPersonId: beier });
    const asked = await recordAttendance(db, sitting.id, membership('Schulze').id, { status: 'represented', deputyPersonId: beier });
    expect(asked.kind).toBe('needsConfirmation');
    expect(await db.domain('attendance').where('sittingId').equals(sitting.id).count()).toBe(1);
    await recordAttendance(db, sitting.id, membership('Schulze').id, { status: 'represented', deputyPersonId: beier }, { confirmed: true });
    const rows = await db.domain('attendance').where('sittingId').equals(sitting.id).toArray();
    expect(rows.map((r) => r.deputyDoubleConfirmed)).toEqual([true, true]);
    await clearAttendance(db, sitting.id, membership('Schulze').id);
    expect(await db.domain('attendance').where('sittingId').equals(sitting.id).count()).toBe(1);
  });
});

describe('sittings repository', () => {
  it('creates a planned sitting and validates it', async () => {
    const { db, sitting } = await setUp();
    expect(sitting).toMatchObject({ status: 'planned', calendarSequence: 0, venue: 'Plauen' });
    await expect(createSitting(db, { body: 'core', title: '', date: '2025-02-30', start: '10:00', end: '12:00', venue: '' })).rejects.toThrow(
      'dateNotReal',
    );
  });

  it('moves a planned sitting to "eingeladen" with the first invitation date; a reprint keeps it', async () => {
    const { db, sitting } = await setUp();
    await markInvited(db, sitting.id, '2025-07-01T08:00:00.000Z');
    await markInvited(db, sitting.id, '2025-07-05T08:00:00.000Z');
    expect(await db.domain('sittings').get(sitting.id)).toMatchObject({ status: 'invited', invitedAt: '2025-07-01T08:00:00.000Z' });
    await setSittingStatus(db, sitting.id, 'held');
    await markInvited(db, sitting.id);
    expect((await db.domain('sittings').get(sitting.id))?.status).toBe('held');
  });

  it('counts a cancellation as a calendar change', async () => {
    const { db, sitting } = await setUp();
    await setSittingStatus(db, sitting.id, 'cancelled');
    expect(await db.domain('sittings').get(sitting.id)).toMatchObject({ status: 'cancelled', calendarSequence: 1 });
  });

  it('refuses a guest without a name', async () => {
    const { db, sitting } = await setUp();
    await expect(addGuest(db, sitting.id, { name: ' ', function: '', organization: '' })).rejects.toThrow('guestNameRequired');
  });
});
