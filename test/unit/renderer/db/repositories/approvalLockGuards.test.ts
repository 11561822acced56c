import { describe, expect, it } from 'vitest';
import type { KonventDatabase } from '../../../../../renderer/db/database';
import { clearAttendance, recordAttendance } from '../../../../../renderer/db/repositories/attendanceRepository';
import { addGuest, removeGuest } from '../../../../../renderer/db/repositories/guestsRepository';
import { markInvited, setSittingStatus } from '../../../../../renderer/db/repositories/sittingsRepository';
import { deletePlan, saveSittingChanges } from '../../../../../renderer/db/repositories/planRepository';
import {
  addActionItem,
  closeActionItemInSitting,
  deleteActionItem,
  setActionItemStatus,
  updateActionItem,
} from '../../../../../renderer/db/repositories/actionItemRepository';
import { deleteAgendaItem } from '../../../../../renderer/db/repositories/agendaRepository';
import { startMinutesCorrection } from '../../../../../renderer/db/repositories/minutesRepository';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { MinutesLockedError } from '../../../../../shared/minutes/approvalLock';
import { minutesContentHash } from '../../../../../shared/minutes/contentHash';
import { moveSitting, swapHosts } from '../../../../../shared/plan/sittingChanges';
import { stableId } from '../../../../../shared/domain/stableId';
import { circulateAndApprove, completeDraft, demoDb, recordAllPresent } from '../../../../fixtures/demoMinutesDb';

/** Every row of the tables a sitting's record lives in, to prove a refused write changed nothing. */
async function snapshot(db: KonventDatabase) {
  const tables = ['sittings', 'attendance', 'guests', 'persons', 'actionItems', 'plans', 'minutes'] as const;
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await db.table(name).toArray()] as const)));
}

async function approvedDemo() {
  const demo = await demoDb();
  const { item } = await completeDraft(demo.db, demo.sitting.id);
  const approved = await circulateAndApprove(demo.db, demo.sitting.id, demo.next);
  const hash = async () => minutesContentHash((await loadMinutes(demo.db, demo.sitting.id))!.document);
  expect(await hash()).toBe(approved.contentHash);
  const person = (lastName: string) => demo.rows.persons.find((p) => p.lastName === lastName)!;
  const membership = (lastName: string) => demo.rows.memberships.find((m) => m.personId === person(lastName).id)!;
  return { ...demo, item, approved, hash, person, membership };
}

describe('approved minutes lock the sitting they record', () => {
  it('refuses every change of attendance and guests, with the German message, and writes nothing', async () => {
    const { db, sitting, approved, hash, person, membership, rows } = await approvedDemo();
    const guest = rows.guests.find((g) => g.sittingId === sitting.id)!;
    const before = await snapshot(db);

    const attempts = [
      recordAttendance(db, sitting.id, membership('Hennig').id, { status: 'excused', reason: 'Urlaub' }),
      recordAttendance(db, sitting.id, membership('Krüger').id, { status: 'represented', deputyPersonId: person('Hennig').id }),
      recordAttendance(
        db,
        sitting.id,
        membership('Krüger').id,
        { status: 'represented' },
        { newDeputy: { title: '', firstName: 'Neue', lastName: 'Vertretung', function: '', organization: '' } },
      ),
      recordAttendance(db, sitting.id, membership('Anton').id, { arrivedAt: '10:30' }),
      clearAttendance(db, sitting.id, membership('Michaelis').id),
      addGuest(db, sitting.id, { name: 'Dr. Gast', function: '', organization: '' }),
      removeGuest(db, guest.id),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toThrow(new MinutesLockedError());
    }
    await expect(addGuest(db, sitting.id, { name: 'x', function: '', organization: '' })).rejects.toThrow(
      'Die Niederschrift ist genehmigt und schreibgeschützt. Änderungen nur über eine Berichtigung.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(await hash()).toBe(approved.contentHash);
  });

  it('keeps date, times, venue, host and status of the sitting; "durchgeführt" is still accepted', async () => {
    const { db, sitting, next, rows } = await approvedDemo();
    // The approved sitting is still "eingeladen" (nobody set it to held): that may catch up.
    await putRow(db, 'sittings', { ...sitting, status: 'invited' });
    const current = (await db.domain('sittings').get(sitting.id))!;
    const before = await snapshot(db);
    const otherHost = rows.territories.find((t) => t.id !== current.hostTerritoryId)!.id;

    const attempts = [
      setSittingStatus(db, sitting.id, 'cancelled'),
      setSittingStatus(db, sitting.id, 'planned'),
      saveSittingChanges(db, [moveSitting(current, { date: '2025-04-29', start: current.start, end: current.end, reason: 'x' })], [current]),
      saveSittingChanges(db, [moveSitting(current, { date: current.date, start: '09:00', end: current.end, reason: '' })], [current]),
      saveSittingChanges(db, [{ ...current, venue: 'Plauen' }], [current]),
      saveSittingChanges(db, [{ ...current, body: 'extended' }], [current]),
      saveSittingChanges(db, [{ ...current, hostTerritoryId: otherHost }], [current]),
      saveSittingChanges(db, swapHosts({ ...current, hostTerritoryId: otherHost }, next), [current, next]),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(MinutesLockedError);
    // An invitation printed again for the file changes nothing either (no error: the print worked).
    await markInvited(db, sitting.id);
    expect(await snapshot(db)).toEqual(before);

    await setSittingStatus(db, sitting.id, 'held');
    expect((await db.domain('sittings').get(sitting.id))?.status).toBe('held');
  });

  it('refuses to delete a plan with a sitting whose minutes are approved', async () => {
    const { db, sitting, rows } = await approvedDemo();
    const plan = await putRow(db, 'plans', {
      id: stableId('plan:2025'),
      year: 2025,
      body: 'core',
      rule: { weekday: 1, ordinal: -1, start: '10:00', end: '12:00' },
      skipMonths: [],
      rotationOrder: rows.territories.map((t) => t.id),
      startTerritoryId: rows.territories[0]!.id,
      holidayPolicy: 'nextWorkingDay',
      blockedPeriods: [],
      cancelPolicy: 'keepsTurn',
    });
    // Still "geplant" (status never set), but its minutes are approved.
    await putRow(db, 'sittings', { ...sitting, planId: plan.id, status: 'planned' });
    const before = await snapshot(db);
    await expect(deletePlan(db, plan.id)).rejects.toBeInstanceOf(MinutesLockedError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('opens again with a correction (Berichtigung)', async () => {
    const { db, sitting, membership } = await approvedDemo();
    await startMinutesCorrection(db, sitting.id, 'Anwesenheit berichtigt');
    await recordAttendance(db, sitting.id, membership('Hennig').id, { status: 'excused', reason: 'Krank' });
    await setSittingStatus(db, sitting.id, 'held');
    expect((await loadMinutes(db, sitting.id))!.document.attendance.members.find((m) => m.membershipId === membership('Hennig').id)).toMatchObject({
      status: 'excused',
      reason: 'Krank',
    });
  });
});

describe('tasks reviewed in approved minutes ("Stand der offenen Aufgaben")', () => {
  /** A actionItem of the demo sitting, reviewed and closed in the next sitting, whose minutes are then approved. */
  async function closedInApprovedReview() {
    const demo = await demoDb();
    const { item } = await completeDraft(demo.db, demo.sitting.id);
    const actionItem = await addActionItem(demo.db, demo.sitting.id, item.id, { text: 'Zeitplan versenden', owner: 'Geschäftsstelle', due: undefined });
    const other = await addActionItem(demo.db, demo.sitting.id, item.id, { text: 'Termine abstimmen', owner: 'Geschäftsstelle', due: undefined });
    await closeActionItemInSitting(demo.db, actionItem.id, demo.next, 'done');
    const third = await putRow(demo.db, 'sittings', { ...demo.next, id: '01JV0000000000000000000THD', date: '2025-06-23' });
    await completeDraft(demo.db, demo.next.id);
    await recordAllPresent(demo.db, demo.next.id);
    const approved = await circulateAndApprove(demo.db, demo.next.id, third);
    const hash = async () => minutesContentHash((await loadMinutes(demo.db, demo.next.id))!.document);
    expect(await hash()).toBe(approved.contentHash);
    return { ...demo, actionItem, other, item, approved, hash };
  }

  it('refuses to reopen, re-close, reword or delete a actionItem whose state approved minutes recorded', async () => {
    const { db, actionItem, approved, hash } = await closedInApprovedReview();
    const before = await snapshot(db);
    const attempts = [
      setActionItemStatus(db, actionItem.id, 'open', '2025-07-01'),
      setActionItemStatus(db, actionItem.id, 'dropped', '2025-07-01'),
      closeActionItemInSitting(db, actionItem.id, { id: '01JV0000000000000000000NXT', date: '2025-05-26' }, 'open'),
    ];
    for (const attempt of attempts) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MinutesLockedError);
    }
    const refused = await setActionItemStatus(db, actionItem.id, 'open', '2025-07-01').catch((e: MinutesLockedError) => e);
    expect(refused).toMatchObject({ approvedSittingDate: '2025-05-26' });
    expect(await snapshot(db)).toEqual(before);
    expect(await hash()).toBe(approved.contentHash);
  });

  it('still lets a actionItem move on where no approved minutes recorded it', async () => {
    const { db, other, approved, hash } = await closedInApprovedReview();
    // Open in the approved review of 26.05.; closed today, it was still open on that day.
    await setActionItemStatus(db, other.id, 'done', '2025-07-01');
    await setActionItemStatus(db, other.id, 'open', '2025-07-01');
    await setActionItemStatus(db, other.id, 'dropped', '2025-07-02');
    expect(await hash()).toBe(approved.contentHash);
  });

  it('during a correction of its own minutes, a actionItem reviewed by later approved minutes keeps its wording', async () => {
    const { db, sitting, next, actionItem, other, item, approved, hash } = await closedInApprovedReview();
    await circulateAndApprove(db, sitting.id, next);
    await startMinutesCorrection(db, sitting.id, 'Tippfehler');
    const before = await snapshot(db);
    await expect(updateActionItem(db, other.id, { text: 'Termine neu abstimmen' })).rejects.toBeInstanceOf(MinutesLockedError);
    await expect(deleteActionItem(db, actionItem.id)).rejects.toBeInstanceOf(MinutesLockedError);
    await expect(deleteAgendaItem(db, item.id)).rejects.toBeInstanceOf(MinutesLockedError);
    expect(await snapshot(db)).toEqual(before);
    expect(await hash()).toBe(approved.contentHash);
  });
});
