import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import { primaryKeysWithAnyOf, rowsWithAnyOf } from '../../../../renderer/db/rowsByKeys';

interface Row {
  id: string;
  group: string;
}

describe('rowsWithAnyOf / primaryKeysWithAnyOf', () => {
  it('give exactly what where(index).anyOf(keys) gives, in the same order (duplicates, missing and empty keys included)', async () => {
    const db = new Dexie(`anyof-${Math.random()}`);
    db.version(1).stores({ rows: 'id, group' });
    await db.open();
    const table = db.table<Row, string>('rows');
    const key = fc.constantFrom('a', 'b', 'B', 'c', 'ä', 'z1', 'z10', 'z2', '');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), group: key }), { selector: (r) => r.id, maxLength: 25 }), fc.array(key, { maxLength: 8 }), async (rows, keys) => {
        await table.clear();
        await table.bulkPut(rows);
        const expected = keys.length ? await table.where('group').anyOf(keys).toArray() : [];
        expect(await rowsWithAnyOf(table, 'group', keys)).toEqual(expected);
        expect(await primaryKeysWithAnyOf(table, 'group', keys)).toEqual(expected.map((r) => r.id));
      }),
      { numRuns: 150 },
    );
    db.close();
  });
});
