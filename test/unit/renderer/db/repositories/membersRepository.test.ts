import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { createMembership, recordSuccession, updateMembership } from '../../../../../renderer/db/repositories/membersRepository';
import { addDeputy, moveDeputyInOrder, updateDeputyPeriod } from '../../../../../renderer/db/repositories/deputiesRepository';
import { readRegisterData } from '../../../../../renderer/db/repositories/registerRepository';
import { registerAsOf } from '../../../../../shared/register/registerView';

const readRegisterAsOf = async (db: KonventDatabase, date: string) => registerAsOf(await readRegisterData(db), date);
import { MemberRuleError } from '../../../../../renderer/db/repositories/memberRuleError';
import { personDisplayName } from '../../../../../shared/domain/person';
import { german } from '../../../shared/support/ruleText';

async function demoDb() {
  const db = new KonventDatabase(`members-${Math.random()}`);
  const rows = await loadDemoData(db);
  const person = (lastName: string) => rows.persons.find((p) => p.lastName === lastName)!;
  const membershipOf = (lastName: string) => rows.memberships.find((m) => m.personId === person(lastName).id)!;
  const territory = (key: string) => rows.territories.find((t) => t.key === key)!;
  return { db, rows, person, membershipOf, territory };
}

const headOf = async (db: KonventDatabase, key: string, date: string) => {
  const heads = (await readRegisterAsOf(db, date))[0]!.entries;
  const entry = heads.find((e) => e.territory?.key === key)!;
  return { name: personDisplayName(entry.person), deputies: entry.deputies.map((d) => personDisplayName(d.person)) };
};

async function rejection(promise: Promise<unknown>): Promise<MemberRuleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MemberRuleError);
  return error as MemberRuleError;
}

describe('succession in the database', () => {
  it('shows the old Landrat before the change and the successor with the carried-over deputy after it', async () => {
    const { db, membershipOf } = await demoDb();
    const krueger = membershipOf('Krüger');
    const beierEntry = (await db.domain('deputies').where('membershipId').equals(krueger.id).toArray())[0]!;
    const successor = await recordSuccession(db, {
      currentMembershipId: krueger.id,
      successor: { kind: 'new', person: { title: '', firstName: 'Anna', lastName: 'Beispiel', function: 'Landrätin', organization: 'Landkreis Mittelsachsen' } },
      changeDate: '2026-10-01',
      carryOverDeputyIds: [beierEntry.id],
    });
    expect(successor.seatId).toBe(krueger.seatId);
    expect(await headOf(db, 'MS', '2026-09-30')).toEqual({ name: 'Sven Krüger', deputies: ['Dr. Lothar Beier'] });
    expect(await headOf(db, 'MS', '2026-10-01')).toEqual({ name: 'Anna Beispiel', deputies: ['Dr. Lothar Beier'] });
    expect((await db.domain('memberships').get(krueger.id))?.validTo).toBe('2026-10-01');
    expect(await db.domain('persons').where('lastName').equals('Beispiel').count()).toBe(1);
    expect((await readRegisterAsOf(db, '2026-10-01')).flatMap((g) => g.entries)).toHaveLength(18);
  });

  it('writes nothing when the succession is refused', async () => {
    const { db, membershipOf } = await demoDb();
    const before = await db.domain('memberships').count();
    const personsBefore = await db.domain('persons').count();
    const error = await rejection(
      recordSuccession(db, {
        currentMembershipId: membershipOf('Krüger').id,
        successor: { kind: 'new', person: { title: '', firstName: 'Anna', lastName: 'Beispiel', function: '', organization: '' } },
        changeDate: '2025-01-01',
        carryOverDeputyIds: [],
      }),
    );
    expect(error.field).toBe('changeDate');
    expect(await db.domain('memberships').count()).toBe(before);
    expect(await db.domain('persons').count()).toBe(personsBefore);
  });
});

describe('memberships on a seat', () => {
  it('puts a new head on the territory seat and rejects an overlap, naming it', async () => {
    const { db, territory } = await demoDb();
    const error = await rejection(
      createMembership(db, {
        person: { kind: 'new', person: { title: '', firstName: 'Dirk', lastName: 'Vorgänger', function: 'Landrat', organization: '' } },
        category: 'head',
        territoryId: territory('MS').id,
        validFrom: '2021-08-01',
        validTo: '2025-05-01',
      }),
    );
    expect(error.field).toBe('validFrom');
    expect(german(error.message)).toContain('Überschneidung auf diesem Sitz mit der Mitgliedschaft von Sven Krüger (seit 28.04.2025): vom 28.04.2025 bis 30.04.2025.');
    expect(await db.domain('persons').where('lastName').equals('Vorgänger').count()).toBe(0);

    const predecessor = await createMembership(db, {
      person: { kind: 'new', person: { title: '', firstName: 'Dirk', lastName: 'Vorgänger', function: 'Landrat', organization: '' } },
      category: 'head',
      territoryId: territory('MS').id,
      validFrom: '2021-08-01',
      validTo: '2025-04-28',
    });
    expect(await headOf(db, 'MS', '2025-04-27')).toMatchObject({ name: 'Dirk Vorgänger' });
    const seat = await db.domain('memberships').where('seatId').equals(predecessor.seatId).count();
    expect(seat).toBe(2);
  });

  it('requires the territory for a head and refuses a period that overlaps on edit', async () => {
    const { db, membershipOf } = await demoDb();
    expect((await rejection(createMembership(db, { person: { kind: 'existing', personId: membershipOf('Dix').personId }, category: 'head', validFrom: '2026-01-01' }))).field).toBe(
      'territoryId',
    );
    const krueger = membershipOf('Krüger');
    const ended = await updateMembership(db, krueger.id, { validFrom: krueger.validFrom, validTo: '2026-01-01' });
    expect(ended.validTo).toBe('2026-01-01');
    expect(ended.territoryId).toBe(krueger.territoryId);
  });
});

describe('standing deputies in the database', () => {
  it('adds a second deputy after the first, reorders them, and rejects one outside the membership', async () => {
    const { db, membershipOf, person } = await demoDb();
    const krueger = membershipOf('Krüger');
    const second = await addDeputy(db, {
      membershipId: krueger.id,
      person: { kind: 'existing', personId: person('Kunze').id },
      validFrom: '2025-06-01',
    });
    expect(second.position).toBe(2);
    expect((await headOf(db, 'MS', '2025-07-01')).deputies).toEqual(['Dr. Lothar Beier', 'Kerstin Kunze']);
    await moveDeputyInOrder(db, second.id, 'up');
    expect((await headOf(db, 'MS', '2025-07-01')).deputies).toEqual(['Kerstin Kunze', 'Dr. Lothar Beier']);
    const error = await rejection(updateDeputyPeriod(db, second.id, { validFrom: '2025-01-01' }));
    expect(german(error.message)).toBe('Die Vertretung kann frühestens mit der Mitgliedschaft beginnen (28.04.2025).');
    const self = await rejection(addDeputy(db, { membershipId: krueger.id, person: { kind: 'existing', personId: krueger.personId }, validFrom: '2025-06-01' }));
    expect(self.field).toBe('personId');
  });
});
