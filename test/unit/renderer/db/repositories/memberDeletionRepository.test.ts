import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import {
  DeletionRefusedError,
  deleteMembership,
  deletePerson,
  previewPersonDeletion,
  restoreDeletedRows,
} from '../../../../../renderer/db/repositories/memberDeletionRepository';
import { createMembership } from '../../../../../renderer/db/repositories/membersRepository';
import { german } from '../../../shared/support/ruleText';

async function demoDb() {
  const db = new KonventDatabase(`deletion-${Math.random()}`);
  const rows = await loadDemoData(db);
  const person = (lastName: string) => rows.persons.find((p) => p.lastName === lastName)!;
  return { db, rows, person };
}

const counts = async (db: KonventDatabase) => ({
  persons: await db.domain('persons').count(),
  memberships: await db.domain('memberships').count(),
  deputies: await db.domain('deputies').count(),
  roles: await db.domain('roles').count(),
});

describe('deleting from the register', () => {
  it('refuses to delete a deputy who represented a member at a sitting, and changes nothing', async () => {
    const { db, person } = await demoDb();
    const before = await counts(db);
    expect(german((await previewPersonDeletion(db, person('Beier').id)).refusal)).toContain('steht als Vertretung in der Anwesenheit der Sitzung vom 28.04.2025');
    await expect(deletePerson(db, person('Beier').id)).rejects.toBeInstanceOf(DeletionRefusedError);
    const refused = await deletePerson(db, person('Krüger').id).then(() => undefined, (error: Error) => error.message);
    expect(german(refused)).toContain('steht als Mitglied in der Anwesenheit');
    expect(await counts(db)).toEqual(before);
  });

  it('deletes an unused member with the membership, and undo restores every row in one go', async () => {
    const { db, person } = await demoDb();
    const before = await counts(db);
    const dix = person('Dix');
    const preview = await previewPersonDeletion(db, dix.id);
    expect(preview.rows?.memberships).toHaveLength(1);
    const deleted = await deletePerson(db, dix.id);
    expect(await counts(db)).toEqual({ ...before, persons: before.persons - 1, memberships: before.memberships - 1 });
    await restoreDeletedRows(db, deleted);
    expect(await counts(db)).toEqual(before);
    expect((await db.domain('persons').get(dix.id))?.lastName).toBe('Dix');
  });

  it('deletes a spokesperson with the term and restores it', async () => {
    const { db, rows } = await demoDb();
    // Michaelis is in the attendance list, so test the role with a person nobody refers to.
    const role = rows.roles[0]!;
    const dix = rows.persons.find((p) => p.lastName === 'Dix')!;
    await db.domain('roles').put({ ...role, personId: dix.id });
    const deleted = await deletePerson(db, dix.id);
    expect(deleted.roles).toHaveLength(1);
    expect(await db.domain('roles').count()).toBe(0);
    await restoreDeletedRows(db, deleted);
    expect(await db.domain('roles').count()).toBe(1);
  });

  it('refuses to restore a membership when its seat got another holder for those days meanwhile', async () => {
    const { db, rows } = await demoDb();
    const ms = rows.territories.find((t) => t.key === 'MS')!;
    const predecessor = await createMembership(db, {
      person: { kind: 'new', person: { title: '', firstName: 'Dirk', lastName: 'Vorgänger', function: 'Landrat', organization: '' } },
      category: 'head',
      territoryId: ms.id,
      validFrom: '2021-08-01',
      validTo: '2025-04-28',
    });
    const deleted = await deleteMembership(db, predecessor.id);
    await createMembership(db, {
      person: { kind: 'new', person: { title: '', firstName: 'Eva', lastName: 'Andere', function: 'Landrätin', organization: '' } },
      category: 'head',
      territoryId: ms.id,
      validFrom: '2022-01-01',
      validTo: '2025-04-28',
    });
    const refused = await restoreDeletedRows(db, deleted).then(() => undefined, (error: Error) => error.message);
    expect(german(refused)).toContain('Wiederherstellen nicht möglich: Überschneidung auf diesem Sitz mit der Mitgliedschaft von Eva Andere');
    expect(await db.domain('memberships').get(predecessor.id)).toBeUndefined();
  });
});
