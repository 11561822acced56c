import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { markSyncTransaction } from '../../../../../renderer/db/sync/changeCapture';
import { clockEntryOf } from '../../../../../renderer/db/sync/syncReads';
import type { SyncOp } from '../../../../../shared/sync/formats';

/**
 * Change capture: every way of writing a domain table through Dexie leaves its field ops in
 * _outbox, in the same transaction; nothing else does.
 */
const id = (n: number) => `01JS${String(n).padStart(22, '0')}`;
const person = (n: number, extra: Record<string, unknown> = {}) => ({
  id: id(n),
  updatedAt: '2026-03-11T13:00:00.000Z',
  title: '',
  firstName: 'Sven',
  lastName: `Person ${n}`,
  function: '',
  organization: '',
  email: '',
  phone: '',
  notes: '',
  ...extra,
});

async function fresh() {
  const db = new KonventDatabase(`capture-${Math.random()}`);
  await db.open();
  return db;
}

const outbox = async (db: KonventDatabase) => (await db.table('_outbox').orderBy('seq').toArray()) as SyncOp[];
const fieldsOf = (ops: SyncOp[], n: number) => ops.filter((op) => op.id === id(n)).map((op) => op.field).sort();

describe('change capture', () => {
  it('captures put, add, bulkPut and bulkAdd as one op per field, with no previous clock', async () => {
    const db = await fresh();
    await db.domain('persons').put(person(1));
    await db.domain('persons').add(person(2));
    await db.domain('persons').bulkPut([person(3), person(4)]);
    await db.domain('persons').bulkAdd([person(5)]);
    const ops = await outbox(db);
    for (const n of [1, 2, 3, 4, 5]) expect(fieldsOf(ops, n)).toEqual(['email', 'firstName', 'function', 'lastName', 'notes', 'organization', 'phone', 'title', 'updatedAt']);
    expect(ops.every((op) => op.prev === null && op.table === 'persons')).toBe(true);
    expect(ops.map((op) => op.seq)).toEqual(ops.map((_, i) => i + 1));
    expect([...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)).map((op) => op.seq)).toEqual(ops.map((op) => op.seq));
  });

  it('captures update, modify and putRow as the changed fields only, naming the clock they overwrote', async () => {
    const db = await fresh();
    await db.domain('persons').put(person(1));
    await db.domain('persons').put(person(2));
    const created = await outbox(db);
    const emailClock = created.find((op) => op.id === id(1) && op.field === 'email')!.hlc;
    await db.domain('persons').update(id(1), { email: 'a@example.org' });
    await db.domain('persons').where('lastName').equals('Person 2').modify({ phone: '0375 1' });
    await db.domain('persons').toCollection().modify((p) => {
      p.organization = 'Landkreis Zwickau';
    });
    await putRow(db, 'persons', { ...(await db.domain('persons').get(id(1))), notes: 'über putRow' });
    const ops = (await outbox(db)).slice(created.length);
    expect(ops.map((op) => [op.id === id(1) ? 1 : 2, op.field, op.value])).toEqual([
      [1, 'email', 'a@example.org'],
      [2, 'phone', '0375 1'],
      [1, 'organization', 'Landkreis Zwickau'],
      [2, 'organization', 'Landkreis Zwickau'],
      [1, 'updatedAt', expect.any(String)],
      [1, 'notes', 'über putRow'],
    ]);
    expect(ops[0]!.prev).toBe(emailClock);
  });

  it('captures the plan reasons of a sitting as one field with the whole list (they change together)', async () => {
    const db = await fresh();
    const sitting = { id: id(8), updatedAt: '2026-03-11T13:00:00.000Z', body: 'extended', title: '', date: '2026-04-08', start: '14:00', end: '16:00', venue: 'Chemnitz', status: 'planned', calendarSequence: 0 };
    await putRow(db, 'sittings', { ...sitting, planReasons: [{ code: 'hostShifted', from: id(1), cancelledDates: ['2026-03-11'] }] });
    const op = (await outbox(db)).find((o) => o.id === id(8) && o.field === 'planReasons');
    expect(op?.value).toEqual([{ code: 'hostShifted', from: id(1), cancelledDates: ['2026-03-11'] }]);
  });

  it('captures a removed field as an op without value', async () => {
    const db = await fresh();
    await db.domain('sittings').put({
      id: id(9), updatedAt: '2026-03-11T13:00:00.000Z', body: 'extended', title: '', date: '2026-03-11', start: '10:00', end: '12:00', venue: 'Zwickau', status: 'planned', planNote: 'verschoben', calendarSequence: 0,
    });
    await db.domain('sittings').update(id(9), { planNote: undefined });
    const last = (await outbox(db)).at(-1)!;
    expect(last).toMatchObject({ field: 'planNote' });
    expect('value' in last).toBe(false);
  });

  it('captures delete, bulkDelete, where().delete() and clear as _deleted = true, once per existing row', async () => {
    const db = await fresh();
    await db.domain('persons').bulkPut([1, 2, 3, 4, 5, 6].map((n) => person(n)));
    const before = (await outbox(db)).length;
    await db.domain('persons').delete(id(1));
    await db.domain('persons').delete(id(1));
    await db.domain('persons').delete(id(99));
    await db.domain('persons').bulkDelete([id(2), id(3)]);
    await db.domain('persons').where('lastName').equals('Person 4').delete();
    await db.domain('persons').clear();
    const ops = (await outbox(db)).slice(before);
    expect(ops.map((op) => [op.id, op.field, op.value])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [id(n), '_deleted', true]));
    // The deleted row's values stay with the sync layer, so a later edit elsewhere can bring it back.
    expect((await clockEntryOf(db, 'persons', id(1)))?.data).toMatchObject({ lastName: 'Person 1', _deleted: true });
  });

  it('writes nothing when the transaction fails, and only the rows that were written when some of a bulk fail', async () => {
    const db = await fresh();
    await db.domain('persons').put(person(1));
    const before = await outbox(db);
    await expect(
      db.transaction('rw', db.domain('persons'), async () => {
        await db.domain('persons').put(person(2));
        await db.domain('persons').update(id(1), { email: 'x@example.org' });
        throw new Error('abgebrochen');
      }),
    ).rejects.toThrow('abgebrochen');
    expect(await outbox(db)).toEqual(before);
    expect(await db.table('_device').get('clock')).toMatchObject({ lastSeq: before.length });
    await expect(db.domain('persons').bulkAdd([person(1), person(3)])).rejects.toThrow();
    const after = (await outbox(db)).slice(before.length);
    expect(new Set(after.map((op) => op.id))).toEqual(new Set([id(3)]));
  });

  it('does not capture the sync engine\'s own writes', async () => {
    const db = await fresh();
    await db.transaction('rw', db.domain('persons'), async (tx) => {
      markSyncTransaction(tx.idbtrans);
      await db.domain('persons').put(person(1));
    });
    expect(await outbox(db)).toEqual([]);
  });
});
