import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { clockEntryOf } from '../../../../../renderer/db/sync/syncReads';
import type { SyncOp } from '../../../../../shared/sync/formats';

const id = (n: number) => `01JS${String(n).padStart(22, '0')}`;
const person = (n: number) => ({ id: id(n), updatedAt: '2026-03-11T13:00:00.000Z', title: '', firstName: 'Sven', lastName: `Person ${n}`, function: '', organization: '', email: '', phone: '', notes: '' });

/** Captures of one transaction take turns: concurrent writes neither reuse a seq nor lose a clock entry of a shared page. */
describe('change capture in one transaction', () => {
  it('concurrent writes (Promise.all of puts and updates) keep every op and every row clock', async () => {
    const db = new KonventDatabase(`pages-${Math.random()}`);
    await db.open();
    const numbers = Array.from({ length: 300 }, (_, i) => i + 1);
    await db.transaction('rw', db.domain('persons'), () => Promise.all(numbers.map((n) => db.domain('persons').put(person(n)))));
    await db.transaction('rw', db.domain('persons'), () => Promise.all(numbers.map((n) => db.domain('persons').update(id(n), { notes: `Notiz ${n}` }))));
    const ops = (await db.table('_outbox').toArray()) as SyncOp[];
    // Every op has its own seq: nothing was issued twice and nothing lost.
    expect(ops.map((op) => op.seq)).toEqual(ops.map((_, i) => i + 1));
    expect(ops).toHaveLength(300 * 9 + 300);
    for (const n of numbers) {
      const entry = await clockEntryOf(db, 'persons', id(n));
      const notes = ops.filter((op) => op.id === id(n) && op.field === 'notes' && op.value === `Notiz ${n}`);
      expect(notes).toHaveLength(1);
      expect(entry?.fields.notes?.h).toBe(notes[0]!.hlc);
      expect(entry?.fields.lastName).toBeDefined();
    }
  });
});
