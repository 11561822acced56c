import { afterEach, describe, expect, it } from 'vitest';
import { convergedState, personRow, setUpOffice, syncAll, testId, type SimulatedPc } from '../support/simulatedPc';
import { resolveConflict } from '../../../../../renderer/sync/engine/conflictResolution';

/** Must-prove 2: edit vs edit on one field; different fields of one row; delete vs edit; edit after delete. */
const id = testId(1);
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

async function office(): Promise<[SimulatedPc, SimulatedPc]> {
  const setup = await setUpOffice(['Zwickau', 'Chemnitz']);
  cleanup = setup.cleanup;
  return [setup.pcs[0]!, setup.pcs[1]!];
}

describe('concurrent edits', () => {
  it('edit vs edit on one field: the later edit wins everywhere, the other value is kept as a conflict, and picking it syncs', async () => {
    const [a, b] = await office();
    await a.db.domain('persons').update(id, { email: 'zwickau@example.org' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.db.domain('persons').update(id, { email: 'chemnitz@example.org' });
    await syncAll([a, b]);

    for (const pc of [a, b]) {
      expect((await pc.db.domain('persons').get(id))?.email).toBe('chemnitz@example.org');
      const conflicts = await pc.conflicts();
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ kind: 'field', rowId: id, field: 'email', loser: { v: 'zwickau@example.org' }, winner: { value: 'chemnitz@example.org' } });
    }
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));

    // The user on Chemnitz takes the other value; the decision reaches Zwickau and the conflict is gone on both.
    await resolveConflict(b.db, (await b.conflicts())[0]!.id, { kind: 'takeOther' }, Date.now());
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect((await pc.db.domain('persons').get(id))?.email).toBe('zwickau@example.org');
      expect(await pc.conflicts()).toEqual([]);
    }
  });

  it('keeping the winner also resolves the conflict on every PC', async () => {
    const [a, b] = await office();
    await a.db.domain('persons').update(id, { phone: '0375 1' });
    await b.db.domain('persons').update(id, { phone: '0371 2' });
    await syncAll([a, b]);
    const winner = (await a.db.domain('persons').get(id))?.phone;
    await resolveConflict(a.db, (await a.conflicts())[0]!.id, { kind: 'keepCurrent' }, Date.now());
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect((await pc.db.domain('persons').get(id))?.phone).toBe(winner);
      expect(await pc.conflicts()).toEqual([]);
    }
  });

  it('edits to different fields of one row are both kept, without a conflict', async () => {
    const [a, b] = await office();
    await a.db.domain('persons').update(id, { email: 'landrat@example.org' });
    await b.db.domain('persons').update(id, { phone: '0375 4402-0' });
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect(await pc.db.domain('persons').get(id)).toMatchObject({ email: 'landrat@example.org', phone: '0375 4402-0' });
      expect(await pc.conflicts()).toEqual([]);
    }
  });

  it('delete vs a later edit: the row stays deleted on both PCs, the edit is listed, and restoring brings it back with the edit', async () => {
    const [a, b] = await office();
    await a.db.domain('persons').delete(id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.db.domain('persons').update(id, { notes: 'Neue Telefonnummer ab April' });
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect(await pc.db.domain('persons').get(id)).toBeUndefined();
      const conflicts = await pc.conflicts();
      expect(conflicts).toEqual([expect.objectContaining({ kind: 'deleted', rowId: id, fields: ['notes'] })]);
    }
    await resolveConflict(a.db, (await a.conflicts())[0]!.id, { kind: 'restoreRow' }, Date.now());
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect((await pc.db.domain('persons').get(id))?.notes).toBe('Neue Telefonnummer ab April');
      expect(await pc.conflicts()).toEqual([]);
    }
  });

  it('delete vs edit, deletion later: deleted on both PCs; "gelöscht lassen" on a listed edit keeps it deleted everywhere', async () => {
    const [a, b] = await office();
    await b.db.domain('persons').update(id, { notes: 'vorher geändert' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.db.domain('persons').delete(id);
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect(await pc.db.domain('persons').get(id)).toBeUndefined();
      expect(await pc.conflicts()).toEqual([]);
      // The edited value is not thrown away: it stays with the deleted row.
      expect((await pc.rowState('persons', id)).data.notes).toBe('vorher geändert');
    }
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));

    await b.db.domain('persons').put(personRow(testId(2)));
    await syncAll([a, b]);
    await a.db.domain('persons').delete(testId(2));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.db.domain('persons').update(testId(2), { notes: 'später' });
    await syncAll([a, b]);
    await resolveConflict(b.db, (await b.conflicts())[0]!.id, { kind: 'keepDeleted' }, Date.now());
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect(await pc.db.domain('persons').get(testId(2))).toBeUndefined();
      expect(await pc.conflicts()).toEqual([]);
    }
  });

  it('edit after delete: a PC that got the deletion writes the row again, and it is back on every PC', async () => {
    const [a, b] = await office();
    await a.db.domain('persons').delete(id);
    await syncAll([a, b]);
    expect(await b.db.domain('persons').get(id)).toBeUndefined();
    await b.db.domain('persons').put(personRow(id, { firstName: 'Carsten', email: 'neu@example.org' }));
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect(await pc.db.domain('persons').get(id)).toMatchObject({ firstName: 'Carsten', email: 'neu@example.org' });
      expect(await pc.conflicts()).toEqual([]);
    }
  });
});
