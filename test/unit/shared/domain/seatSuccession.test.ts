import { describe, expect, it } from 'vitest';
import { deputiesAsOf, membersAsOf } from '../../../../shared/domain/membersAsOf';
import { planSuccession, type SuccessionInput } from '../../../../shared/domain/seatSuccession';
import { deputy, membership, nextId, person } from '../support/memberRows';
import { english, german } from '../support/ruleText';

const krueger = person('Sven Krüger');
const successor = person('Anna Beispiel');
const beier = person('Lothar Beier');
const second = person('Zweite Vertretung');
const current = membership('krueger', krueger, 'MS', '2025-04-28', undefined, { territoryId: nextId() });
const beierEntry = deputy('beier', current, beier, 1, '2025-04-28');
const secondEntry = deputy('second', current, second, 2, '2025-06-01');
const names = new Map([krueger, successor, beier, second].map((p) => [p.id, `${p.firstName} ${p.lastName}`]));

function input(overrides: Partial<SuccessionInput> = {}): SuccessionInput {
  return {
    current,
    seatMemberships: [current],
    deputies: [beierEntry, secondEntry],
    successorPersonId: successor.id,
    successorMembershipId: nextId(),
    changeDate: '2026-10-01',
    carryOverDeputyIds: [beierEntry.id, secondEntry.id],
    nameOf: (id) => names.get(id) ?? id,
    newId: nextId,
    ...overrides,
  };
}

describe('succession on a seat', () => {
  it('ends the old membership on the change date and starts the successor on the same seat', () => {
    const plan = planSuccession(input());
    if (!plan.ok) throw new Error(german(plan.message));
    expect(plan.endedMembership).toMatchObject({ id: current.id, validTo: '2026-10-01' });
    expect(plan.successorMembership).toMatchObject({
      personId: successor.id,
      seatId: current.seatId,
      body: 'core',
      category: 'head',
      territoryId: current.territoryId,
      validFrom: '2026-10-01',
    });
    expect(plan.successorMembership.validTo).toBeUndefined();
    const seat = [plan.endedMembership, plan.successorMembership];
    expect(membersAsOf(seat, 'core', '2026-09-30').map((m) => m.personId)).toEqual([krueger.id]);
    expect(membersAsOf(seat, 'core', '2026-10-01').map((m) => m.personId)).toEqual([successor.id]);
  });

  it('carries the chosen deputies over in their order and ends the others with the old membership', () => {
    const plan = planSuccession(input({ carryOverDeputyIds: [secondEntry.id] }));
    if (!plan.ok) throw new Error(german(plan.message));
    const deputies = plan.putDeputies;
    expect(deputies.filter((d) => d.membershipId === current.id).map((d) => [d.personId, d.validTo])).toEqual([
      [beier.id, '2026-10-01'],
      [second.id, '2026-10-01'],
    ]);
    const carried = deputies.filter((d) => d.membershipId === plan.successorMembership.id);
    expect(carried).toEqual([expect.objectContaining({ personId: second.id, position: 1, validFrom: '2026-10-01' })]);
    expect(deputiesAsOf(plan.successorMembership, deputies, '2026-10-01').map((d) => d.personId)).toEqual([second.id]);
    expect(deputiesAsOf(plan.endedMembership, deputies, '2026-09-30').map((d) => d.personId)).toEqual([beier.id, second.id]);
  });

  it('moves a deputy entry that starts after the change when carried, and removes it otherwise', () => {
    const later = deputy('later', current, beier, 1, '2026-11-01');
    const carried = planSuccession(input({ deputies: [later], carryOverDeputyIds: [later.id] }));
    const dropped = planSuccession(input({ deputies: [later], carryOverDeputyIds: [] }));
    if (!carried.ok || !dropped.ok) throw new Error('plan refused');
    expect(carried.putDeputies).toEqual([expect.objectContaining({ id: later.id, membershipId: carried.successorMembership.id })]);
    expect(dropped.removeDeputies).toEqual([later]);
    expect(dropped.putDeputies).toEqual([]);
  });

  it('leaves already ended deputy entries alone and never makes the successor their own deputy', () => {
    const ended = deputy('ended', current, second, 2, '2025-04-28', '2025-12-01');
    const selfDeputy = deputy('self', current, successor, 3, '2025-04-28');
    const plan = planSuccession(input({ deputies: [ended, selfDeputy], carryOverDeputyIds: [ended.id, selfDeputy.id] }));
    if (!plan.ok) throw new Error(german(plan.message));
    expect(plan.putDeputies).toEqual([{ ...selfDeputy, validTo: '2026-10-01' }]);
  });

  it('refuses a change date not after the old start, after the old end, or the same person', () => {
    const early = planSuccession(input({ changeDate: '2025-04-28' }));
    expect(early).toMatchObject({ ok: false, field: 'changeDate' });
    expect(german(!early.ok && early.message)).toBe('Der Wechsel muss nach dem Beginn der bisherigen Mitgliedschaft (28.04.2025) liegen.');
    expect(english(!early.ok && early.message)).toBe('The change must be after the start of the current membership (28/04/2025).');
    const ended = { ...current, validTo: '2026-01-01' };
    const late = planSuccession(input({ current: ended, seatMemberships: [ended], changeDate: '2026-03-01' }));
    expect(late).toMatchObject({ ok: false, field: 'changeDate' });
    expect(german(!late.ok && late.message)).toBe('Die bisherige Mitgliedschaft endet bereits am 31.12.2025. Der Wechsel kann spätestens am 01.01.2026 sein.');
    expect(english(!late.ok && late.message)).toBe('The current membership already ends on 31/12/2025. The change can be on 01/01/2026 at the latest.');
    expect(planSuccession(input({ successorPersonId: krueger.id }))).toMatchObject({ ok: false, field: 'successorPersonId' });
  });

  it('refuses a successor who would overlap a later holder already recorded, naming the overlap', () => {
    const later = membership('later', person('Später Jemand'), 'MS', '2027-01-01');
    names.set(later.personId, 'Später Jemand');
    const ended = { ...current, validTo: '2027-01-01' };
    const plan = planSuccession(input({ current: ended, seatMemberships: [ended, later] }));
    expect(plan).toMatchObject({ ok: false, field: 'changeDate' });
    expect(german(!plan.ok && plan.message)).toContain('mit der Mitgliedschaft von Später Jemand (seit 01.01.2027): ab 01.01.2027');
  });
});
