import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { KonventDatabase } from '../../../../renderer/db/database';
import { currentSchemaVersion, schemaVersions } from '../../../../renderer/db/schemaVersions';
import { minutesIdForSitting } from '../../../../shared/minutes/minutesDefaults';
import { approvedMinutesSittingIds, minutesApprovedIn, minutesStates } from '../../../../renderer/db/repositories/minutesIndex';

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

  it('indexes the minutes of a version-3 database, so lists read status and approvals without the rows (v4)', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const old = new Dexie(name);
    for (const schema of schemaVersions.filter((v) => v.version <= 3)) old.version(schema.version).stores(schema.stores);
    await old.open();
    const minutes = (sittingId: string, status: string, extra: object = {}) => ({ id: `m-${sittingId}`, sittingId, status, version: 1, chair: '', recorder: '', place: '', ...extra });
    await old.table('minutes').bulkAdd([
      minutes('s1', 'approved', { version: 2, approvedInSittingId: 's2', approvedDocument: 'x'.repeat(30_000) }),
      minutes('s2', 'circulated'),
      minutes('s3', 'draft'),
      // As every PC names a sitting's minutes (the other rows above have ids of an older version).
      { ...minutes('s4', 'approved'), id: minutesIdForSitting('s4') },
    ]);
    await old.table('sittings').bulkAdd(['s1', 's2', 's3', 's4'].map((id) => ({ id, date: '2025-01-01', status: 'held' })));
    old.close();

    const db = new KonventDatabase(name);
    await db.open();
    expect(await minutesStates(db)).toEqual([
      { sittingId: 's1', status: 'approved', version: 2 },
      { sittingId: 's2', status: 'circulated', version: 1 },
      { sittingId: 's3', status: 'draft', version: 1 },
      { sittingId: 's4', status: 'approved', version: 1 },
    ]);
    expect(await approvedMinutesSittingIds(db)).toEqual(['s1', 's4']);
    expect((await minutesApprovedIn(db, 's2')).map((m) => m.sittingId)).toEqual(['s1']);
    expect(await minutesApprovedIn(db, 's3')).toEqual([]);
    db.close();
  });

  it('numbers versions strictly increasing from 1', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
  });
});
