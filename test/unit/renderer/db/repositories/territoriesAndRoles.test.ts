import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { addMissingTerritories, updateTerritory } from '../../../../../renderer/db/repositories/territoriesRepository';

const readTerritories = (db: KonventDatabase) => db.domain('territories').orderBy('rotationIndex').toArray();
import { saveSpokespersonTerm } from '../../../../../renderer/db/repositories/rolesRepository';
import { roleHolderAsOf } from '../../../../../shared/domain/spokespersonTerms';
import { german } from '../../../shared/support/ruleText';

async function demoDb() {
  const db = new KonventDatabase(`territories-${Math.random()}`);
  return { db, rows: await loadDemoData(db) };
}

describe('territories', () => {
  it('saves the fields and moves the territory in the rotation, shifting the others', async () => {
    const { db, rows } = await demoDb();
    const chemnitz = rows.territories.find((t) => t.key === 'C')!;
    await updateTerritory(db, chemnitz.id, { ...chemnitz, defaultVenue: 'Rathaus Chemnitz', rotationIndex: 1 });
    const order = await readTerritories(db);
    expect(order.map((t) => t.key)).toEqual(['Z', 'C', 'MS', 'ERZ', 'V']);
    expect(order.map((t) => t.rotationIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(order[1]!.defaultVenue).toBe('Rathaus Chemnitz');
  });

  it('gives a register started empty the five territories once, leaving existing ones alone', async () => {
    const empty = new KonventDatabase(`territories-empty-${Math.random()}`);
    expect(await addMissingTerritories(empty)).toBe(5);
    expect((await readTerritories(empty)).map((t) => `${t.headTitle} ${t.name}`)).toEqual([
      'Landrat Landkreis Zwickau',
      'Landrat Landkreis Mittelsachsen',
      'Landrat Erzgebirgskreis',
      'Landrat Vogtlandkreis',
      'Oberbürgermeister Stadt Chemnitz',
    ]);
    expect(await addMissingTerritories(empty)).toBe(0);
    const { db } = await demoDb();
    expect(await addMissingTerritories(db)).toBe(0);
  });

  it('writes nothing when a field is invalid', async () => {
    const { db, rows } = await demoDb();
    const chemnitz = rows.territories.find((t) => t.key === 'C')!;
    await expect(updateTerritory(db, chemnitz.id, { ...chemnitz, name: ' ', rotationIndex: 0 })).rejects.toThrow('territoryNameRequired');
    expect((await readTerritories(db)).map((t) => t.key)).toEqual(['Z', 'MS', 'ERZ', 'V', 'C']);
  });
});

describe('spokesperson terms', () => {
  it('a new term ends the running one on its first day', async () => {
    const { db, rows } = await demoDb();
    const anton = rows.persons.find((p) => p.lastName === 'Anton')!;
    await saveSpokespersonTerm(db, { personId: anton.id, validFrom: '2026-01-01' });
    const roles = await db.domain('roles').toArray();
    expect(roleHolderAsOf(roles, 'spokesperson', '2025-12-31')?.personId).toBe(rows.roles[0]!.personId);
    expect(roleHolderAsOf(roles, 'spokesperson', '2026-01-01')?.personId).toBe(anton.id);
  });

  it('editing a term into another is refused with the overlap named', async () => {
    const { db, rows } = await demoDb();
    const anton = rows.persons.find((p) => p.lastName === 'Anton')!;
    const term = await saveSpokespersonTerm(db, { personId: anton.id, validFrom: '2026-01-01' });
    const refused = await saveSpokespersonTerm(db, { id: term.id, personId: anton.id, validFrom: '2025-06-01' }).then(() => undefined, (error: Error) => error.message);
    expect(german(refused)).toContain(
      'Überschneidung mit der Amtszeit von Carsten Michaelis (01.01.2025 – 31.12.2025): vom 01.06.2025 bis 31.12.2025.',
    );
  });
});
