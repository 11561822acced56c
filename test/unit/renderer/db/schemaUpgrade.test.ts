import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { KonventDatabase } from '../../../../renderer/db/database';
import { currentSchemaVersion, schemaVersions } from '../../../../renderer/db/schemaVersions';

describe('schema versions', () => {
  it('upgrades a database of version 1 with its data', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(schemaVersions[0]!.stores);
    await old.open();
    await old.table('persons').add({ id: '01JS0000000000000000000001', lastName: 'Krüger', firstName: 'Sven' });
    await old.table('memberships').add({ id: '01JS0000000000000000000002', personId: '01JS0000000000000000000001', body: 'core', validFrom: '2025-04-28' });
    old.close();

    const db = new KonventDatabase(name);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    expect(await db.domain('persons').get('01JS0000000000000000000001')).toMatchObject({ lastName: 'Krüger' });
    // v2 gives every old membership its own seat and indexes it.
    const bySeat = await db.domain('memberships').where('seatId').equals('01JS0000000000000000000002').toArray();
    expect(bySeat).toHaveLength(1);
    db.close();
  });

  it('numbers versions strictly increasing from 1', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
  });
});
