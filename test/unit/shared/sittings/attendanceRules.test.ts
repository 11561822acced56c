import { describe, expect, it } from 'vitest';
import {
  checkAttendance,
  normalizeAttendanceDraft,
  unconfirmedDoubleRoles,
  type AttendanceDraft,
  type SeatHolder,
} from '../../../../shared/sittings/attendanceRules';
import { stableId } from '../../../../shared/domain/stableId';

const m = (name: string) => stableId(`membership:${name}`);
const p = (name: string) => stableId(`person:${name}`);
const holders: SeatHolder[] = ['Krüger', 'Schulze', 'Kunze', 'Anton'].map((name) => ({ membershipId: m(name), personId: p(name) }));
const beier = p('Beier');

describe('attendance of one member', () => {
  it('a member cannot be both present and represented', () => {
    expect(checkAttendance({ membershipId: m('Anton'), status: 'present', deputyPersonId: beier }, [], holders)).toEqual({
      kind: 'invalid',
      problem: 'presentAndRepresented',
    });
  });

  it('switching from "vertreten" to "anwesend" drops the deputy; reasons only for excused and absent; times only for who came', () => {
    const draft: AttendanceDraft = {
      membershipId: m('Krüger'),
      status: 'represented',
      deputyPersonId: beier,
      reason: 'Kreistag',
      arrivedAt: '10:15',
    };
    expect(normalizeAttendanceDraft({ ...draft, status: 'present', deputyPersonId: undefined })).toEqual({
      membershipId: m('Krüger'),
      status: 'present',
      arrivedAt: '10:15',
    });
    expect(normalizeAttendanceDraft({ ...draft, status: 'excused', deputyPersonId: undefined })).toEqual({
      membershipId: m('Krüger'),
      status: 'excused',
      reason: 'Kreistag',
    });
    expect(normalizeAttendanceDraft({ ...draft, status: 'excused', reason: '   ' }).reason).toBeUndefined();
  });

  it('"vertreten" needs a deputy, who is not the member; departure after arrival; only members of the sitting', () => {
    expect(checkAttendance({ membershipId: m('Krüger'), status: 'represented' }, [], holders)).toMatchObject({ problem: 'deputyMissing' });
    expect(checkAttendance({ membershipId: m('Krüger'), status: 'represented', deputyPersonId: p('Krüger') }, [], holders)).toMatchObject({
      problem: 'deputyIsSelf',
    });
    expect(checkAttendance({ membershipId: m('Anton'), status: 'present', arrivedAt: '11:00', leftAt: '10:30' }, [], holders)).toMatchObject({
      problem: 'timesOutOfOrder',
    });
    expect(checkAttendance({ membershipId: m('Unbekannt'), status: 'present' }, [], holders)).toMatchObject({ problem: 'notAMember' });
  });
});

describe('a deputy with two voices', () => {
  const krugerByBeier = { membershipId: m('Krüger'), status: 'represented' as const, deputyPersonId: beier };

  it('may not represent a second member unless the user confirms it', () => {
    const second: AttendanceDraft = { membershipId: m('Schulze'), status: 'represented', deputyPersonId: beier };
    const asked = checkAttendance(second, [krugerByBeier], holders);
    expect(asked).toEqual({
      kind: 'needsConfirmation',
      conflict: { personId: beier, represents: [m('Krüger'), m('Schulze')], confirmed: false },
    });
    const confirmed = checkAttendance(second, [krugerByBeier], holders, { confirmed: true });
    expect(confirmed).toEqual({
      kind: 'ok',
      row: { ...second, deputyDoubleConfirmed: true },
      confirmRepresentationsOf: [m('Krüger')],
    });
    // Once both rows carry the confirmation, nothing is left to warn about.
    const rows = [{ ...krugerByBeier, deputyDoubleConfirmed: true }, { ...second, deputyDoubleConfirmed: true }];
    expect(unconfirmedDoubleRoles(rows, holders)).toEqual([]);
    // Changing only the arrival time of a confirmed deputy does not ask again.
    expect(checkAttendance({ ...second, arrivedAt: '10:05' }, rows, holders).kind).toBe('ok');
  });

  it('asks again when a confirmed row gets a different second deputy role', () => {
    const rows = [{ ...krugerByBeier, deputyDoubleConfirmed: true }];
    expect(checkAttendance({ membershipId: m('Schulze'), status: 'represented', deputyPersonId: beier }, rows, holders).kind).toBe(
      'needsConfirmation',
    );
  });

  it('may not represent a member while attending as a member in their own right, in either order', () => {
    const kunzeForKruger: AttendanceDraft = { membershipId: m('Krüger'), status: 'represented', deputyPersonId: p('Kunze') };
    const kunzePresent = { membershipId: m('Kunze'), status: 'present' as const };
    expect(checkAttendance(kunzeForKruger, [kunzePresent], holders).kind).toBe('needsConfirmation');
    expect(checkAttendance(kunzePresent, [kunzeForKruger], holders)).toMatchObject({
      kind: 'needsConfirmation',
      conflict: { personId: p('Kunze'), represents: [m('Krüger')], presentAs: m('Kunze') },
    });
    expect(checkAttendance(kunzePresent, [kunzeForKruger], holders, { confirmed: true })).toEqual({
      kind: 'ok',
      row: kunzePresent,
      confirmRepresentationsOf: [m('Krüger')],
    });
  });

  it('is fine when the deputy represents one member only, or the member is merely excused', () => {
    expect(checkAttendance(krugerByBeier, [], holders)).toEqual({ kind: 'ok', row: krugerByBeier, confirmRepresentationsOf: [] });
    const kunzeExcused = { membershipId: m('Kunze'), status: 'excused' as const };
    expect(checkAttendance({ membershipId: m('Krüger'), status: 'represented', deputyPersonId: p('Kunze') }, [kunzeExcused], holders).kind).toBe(
      'ok',
    );
  });

  it('finds unconfirmed double roles in stored rows (e.g. merged from two PCs)', () => {
    const rows = [krugerByBeier, { membershipId: m('Schulze'), status: 'represented' as const, deputyPersonId: beier }];
    expect(unconfirmedDoubleRoles(rows, holders)).toHaveLength(1);
  });
});
