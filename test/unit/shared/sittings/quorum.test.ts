import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateQuorum } from '../../../../shared/sittings/quorum';
import type { RosterSeat } from '../../../../shared/sittings/sittingRoster';
import type { AttendanceStatus } from '../../../../shared/domain/sitting';
import { stableId } from '../../../../shared/domain/stableId';

const territories = ['Z', 'MS', 'ERZ', 'V', 'C'].map((key) => stableId(`territory:${key}`));

function seat(index: number, status: AttendanceStatus | undefined, territoryIndex?: number): RosterSeat {
  const id = stableId(`membership:${index}`);
  return {
    membership: {
      id,
      updatedAt: '2025-01-01T00:00:00.000Z',
      personId: stableId(`person:${index}`),
      seatId: id,
      body: territoryIndex === undefined ? 'extended' : 'core',
      category: territoryIndex === undefined ? 'personality' : 'head',
      ...(territoryIndex === undefined ? {} : { territoryId: territories[territoryIndex] }),
      validFrom: '2025-01-01',
    },
    standingDeputies: [],
    attendance: status
      ? { id: stableId(`attendance:${index}`), updatedAt: '2025-01-01T00:00:00.000Z', sittingId: stableId('s'), membershipId: id, status, ...(status === 'represented' ? { deputyPersonId: stableId('d') } : {}) }
      : undefined,
    onRegister: true,
  };
}

describe('quorum: more than half of the members', () => {
  it('needs 10 of 18 and counts represented members', () => {
    const seats = Array.from({ length: 18 }, (_, i) => seat(i, i < 6 ? 'present' : i < 9 ? 'represented' : 'excused'));
    expect(evaluateQuorum('majorityOfMembers', seats, territories)).toMatchObject({ members: 18, attending: 9, required: 10, reached: false });
    seats[9] = seat(9, 'represented');
    expect(evaluateQuorum('majorityOfMembers', seats, territories)).toMatchObject({ attending: 10, reached: true });
  });

  it('half is not enough; excused, absent and unrecorded members do not count', () => {
    const seats = [seat(0, 'present'), seat(1, 'present'), seat(2, 'excused'), seat(3, undefined)];
    expect(evaluateQuorum('majorityOfMembers', seats, territories)).toMatchObject({ attending: 2, required: 3, reached: false });
    expect(evaluateQuorum('majorityOfMembers', [seat(0, 'absent')], territories).reached).toBe(false);
  });

  it('is never reached without members', () => {
    expect(evaluateQuorum('majorityOfMembers', [], territories)).toMatchObject({ reached: false, required: 1 });
  });

  it('agrees with "attending * 2 > members" for any attendance (property)', () => {
    const statuses = fc.constantFrom<AttendanceStatus | undefined>('present', 'represented', 'excused', 'absent', undefined);
    fc.assert(
      fc.property(fc.array(statuses, { maxLength: 40 }), (list) => {
        const result = evaluateQuorum('majorityOfMembers', list.map((s, i) => seat(i, s)), territories);
        const attending = list.filter((s) => s === 'present' || s === 'represented').length;
        expect(result.reached).toBe(attending * 2 > list.length);
      }),
    );
  });
});

describe('quorum: all five territories', () => {
  const heads = (statuses: (AttendanceStatus | undefined)[]) => statuses.map((s, i) => seat(i, s, i));

  it('is reached when every head is present or represented', () => {
    const result = evaluateQuorum('allTerritories', heads(['present', 'represented', 'present', 'present', 'represented']), territories);
    expect(result).toMatchObject({ reached: true, required: 5, territoriesMissing: [] });
  });

  it('names the territory that is missing, even when a majority is there', () => {
    const seats = heads(['present', 'excused', 'present', 'present', 'present']);
    expect(evaluateQuorum('majorityOfMembers', seats, territories).reached).toBe(true);
    expect(evaluateQuorum('allTerritories', seats, territories)).toMatchObject({ reached: false, territoriesMissing: [territories[1]] });
  });

  it('does not let a personality of a territory stand in for its head, and a vacant head seat is missing', () => {
    const personalityOfMs = { ...seat(10, 'present'), membership: { ...seat(10, 'present').membership, territoryId: territories[1] } };
    const seats = [...heads(['present', undefined, 'present', 'present', 'present']).filter((_, i) => i !== 1), personalityOfMs];
    expect(evaluateQuorum('allTerritories', seats, territories)).toMatchObject({ reached: false, territoriesMissing: [territories[1]] });
  });
});
