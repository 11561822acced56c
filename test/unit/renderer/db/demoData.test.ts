import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../renderer/db/database';
import { isSetUp, loadDemoData, startEmpty } from '../../../../renderer/db/demoData';

describe('demo data loading', () => {
  it('loads the convent once, and loading twice duplicates nothing', async () => {
    const db = new KonventDatabase(`demo-${Math.random()}`);
    expect(await isSetUp(db)).toBe(false);
    await loadDemoData(db);
    const counts = async () => ({
      persons: await db.domain('persons').count(),
      memberships: await db.domain('memberships').count(),
      deputies: await db.domain('deputies').count(),
      sittings: await db.domain('sittings').count(),
      attendance: await db.domain('attendance').count(),
      guests: await db.domain('guests').count(),
    });
    const first = await counts();
    expect(first).toEqual({ persons: 20, memberships: 18, deputies: 2, sittings: 1, attendance: 5, guests: 1 });
    await loadDemoData(db);
    expect(await counts()).toEqual(first);
    expect(await isSetUp(db)).toBe(true);
  });

  it('keeps an edit the user made when the demo is loaded again', async () => {
    const db = new KonventDatabase(`demo-${Math.random()}`);
    const rows = await loadDemoData(db);
    const person = rows.persons[0]!;
    await db.domain('persons').update(person.id, { email: 'landrat@example.org' });
    await loadDemoData(db);
    expect((await db.domain('persons').get(person.id))?.email).toBe('landrat@example.org');
  });

  it('"Neu beginnen" sets up an empty register', async () => {
    const db = new KonventDatabase(`empty-${Math.random()}`);
    await startEmpty(db);
    expect(await isSetUp(db)).toBe(true);
    expect(await db.domain('persons').count()).toBe(0);
  });
});
