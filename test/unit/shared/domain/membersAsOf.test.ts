import { describe, expect, it } from 'vitest';
import { deputiesAsOf, findSeatOverlap, membersAsOf } from '../../../../shared/domain/membersAsOf';
import { deputy, membership, person } from '../support/memberRows';

const neubauer = person('Dirk Vorgänger');
const krueger = person('Sven Krüger');
const beier = person('Lothar Beier');
const kunze = person('Kerstin Kunze');
const before = membership('before', neubauer, 'MS', '2020-08-01', '2025-04-28');
const now = membership('now', krueger, 'MS', '2025-04-28');
const personality = membership('kunze', kunze, 'kunze', '2025-04-28', undefined, { body: 'extended', category: 'personality' });

describe('members as of a date', () => {
  it('counts a membership from its first day and not on its end day (validTo exclusive)', () => {
    const all = [before, now, personality];
    expect(membersAsOf(all, 'core', '2025-04-27').map((m) => m.personId)).toEqual([neubauer.id]);
    expect(membersAsOf(all, 'core', '2025-04-28').map((m) => m.personId)).toEqual([krueger.id]);
    expect(membersAsOf(all, 'core', '2020-07-31')).toEqual([]);
  });

  it('counts the heads in the extended convent too, personalities only there', () => {
    const all = [now, personality];
    expect(membersAsOf(all, 'extended', '2026-01-01')).toHaveLength(2);
    expect(membersAsOf(all, 'core', '2026-01-01')).toEqual([now]);
  });
});

describe('standing deputies as of a date', () => {
  it('is valid only while both the deputy entry and the membership are valid', () => {
    const ended = membership('ended', krueger, 'MS', '2025-04-28', '2026-10-01');
    const longer = deputy('beier', ended, beier, 1, '2025-05-01', '2027-01-01');
    expect(deputiesAsOf(ended, [longer], '2025-04-30')).toEqual([]); // deputy not yet
    expect(deputiesAsOf(ended, [longer], '2025-05-01')).toEqual([longer]);
    expect(deputiesAsOf(ended, [longer], '2026-09-30')).toEqual([longer]);
    expect(deputiesAsOf(ended, [longer], '2026-10-01')).toEqual([]); // membership ended, deputy entry still runs
  });

  it('keeps the order of several deputies and ignores other memberships', () => {
    const second = deputy('second', now, person('Zweite Vertretung'), 2, '2025-04-28');
    const first = deputy('first', now, beier, 1, '2025-04-28');
    const other = deputy('other', before, beier, 1, '2020-08-01');
    expect(deputiesAsOf(now, [second, other, first], '2026-01-01')).toEqual([first, second]);
  });
});

describe('seat overlap', () => {
  it('finds another holder of the same seat in the same days, and touching periods are fine', () => {
    expect(findSeatOverlap(now, [before, now])).toBeUndefined();
    const early = { ...now, validFrom: '2025-04-01' };
    expect(findSeatOverlap(early, [before, now])?.existing).toEqual(before);
    expect(findSeatOverlap(personality, [before, now])).toBeUndefined();
  });
});
