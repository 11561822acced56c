import { beforeEach, describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { replaceDatabase } from '../../../../../renderer/db/backup/replaceDatabase';
import { createBackupFile, readBackupFile } from '../../../../../renderer/features/backup/backupFile';
import { gunzip, gzip } from '../../../../../shared/backup/gzip';
import { canonicalJsonNfc } from '../../../../../shared/hashing/canonicalJson';
import { sha256Hex } from '../../../../../shared/hashing/sha256';
import { BACKUP_FORMAT_VERSION } from '../../../../../shared/backup/backupFormat';

/** Everything in the database, table by table, in key order: what "identical data" means. */
async function dump(db: KonventDatabase) {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) result[table.name] = await table.toArray();
  return result;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hand-editing arbitrary JSON, as a user would
type Json = any;

async function edit(bytes: Uint8Array, change: (envelope: Json) => void, rehash = false): Promise<Uint8Array> {
  const envelope = JSON.parse(new TextDecoder().decode(await gunzip(bytes)));
  change(envelope);
  if (rehash) envelope.sha256 = sha256Hex(canonicalJsonNfc(envelope.content));
  return gzip(new TextEncoder().encode(JSON.stringify(envelope)));
}

const person = { id: '01HZZZZZZZZZZZZZZZZZZZZZZZ', title: '', function: '', organization: '', email: '', phone: '', notes: '' };

let db: KonventDatabase;
beforeEach(async () => {
  db = new KonventDatabase(`backup-${Math.random()}`);
  await loadDemoData(db);
  // Sync state travels too.
  await db.table('_device').put({ key: 'device', deviceId: '0123456789abcdef' });
  await db.table('_clock').put({ key: 'persons/x/lastName', hlc: '2026-03-11T10:00:00.000Z-0000-0123456789abcdef' });
});

describe('backup and restore', () => {
  it('round trip: a backup restored into an emptied database gives identical data', async () => {
    const before = await dump(db);
    const progress: number[] = [];
    const file = await createBackupFile(db, '0.1.0', (f) => progress.push(f), new Date('2026-03-11T13:05:00Z'));
    expect(file.fileName).toBe('Konvent-Sicherung-2026-03-11.konvent');
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // _device: the row put above plus the device clock that change capture created while the demo loaded.
    expect(file.envelope.counts).toMatchObject({ persons: 20, deputies: 2, guests: 1, _device: await db.table('_device').count(), _outbox: await db.table('_outbox').count() });
    expect(file.envelope.counts._outbox).toBeGreaterThan(100);

    const target = new KonventDatabase(`restore-${Math.random()}`);
    await putRow(target, 'persons', { ...person, lastName: 'Überschrieben', firstName: 'Wird' });
    const decoded = await readBackupFile(target, file.bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    await replaceDatabase(target, decoded.backup.content);
    expect(await dump(target)).toEqual(before);
  });

  it('rejects truncated, corrupted, foreign, wrong-version and hand-edited files, and changes nothing', async () => {
    const { bytes } = await createBackupFile(db, '0.1.0');
    const cases: [string, Uint8Array, string][] = [
      ['truncated', bytes.slice(0, Math.floor(bytes.length / 2)), 'not-readable'],
      ['corrupted', bytes.map((b, i) => (i === Math.floor(bytes.length / 2) ? b ^ 0xff : b)), 'not-readable'],
      ['empty', new Uint8Array(), 'not-readable'],
      ['not gzip', new TextEncoder().encode('{"format":"konvent-backup"}'), 'not-readable'],
      ['foreign JSON', await gzip(new TextEncoder().encode('{"hello":"world"}')), 'not-konvent'],
      ['newer format', await edit(bytes, (e) => (e.formatVersion = BACKUP_FORMAT_VERSION + 1)), 'newer-format'],
      ['newer schema', await edit(bytes, (e) => (e.schemaVersion = 99)), 'newer-schema'],
      ['hand-edited, hash not updated', await edit(bytes, (e) => (e.content.tables.persons[0].lastName = 'Mustermann')), 'hash-mismatch'],
      ['hand-edited invalid row, hash updated', await edit(bytes, (e) => (e.content.tables.sittings[0].date = '2026-02-30'), true), 'invalid-row'],
      ['hand-edited duplicate id, hash updated', await edit(bytes, (e) => e.content.tables.persons.push(e.content.tables.persons[0]), true), 'duplicate-id'],
      ['unknown table, hash updated', await edit(bytes, (e) => (e.content.tables.secrets = []), true), 'unknown-table'],
      ['missing table, hash updated', await edit(bytes, (e) => delete e.content.tables.minutes, true), 'missing-table'],
      ['counts edited', await edit(bytes, (e) => (e.counts.persons = 3)), 'count-mismatch'],
    ];
    const before = await dump(db);
    for (const [name, file, code] of cases) {
      const result = await readBackupFile(db, file);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.problem.code, name).toBe(code);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('a failure while replacing leaves the database exactly as it was', async () => {
    const { bytes } = await createBackupFile(db, '0.1.0');
    const decoded = await readBackupFile(db, bytes);
    if (!decoded.ok) throw new Error('backup should decode');
    const other = new KonventDatabase(`other-${Math.random()}`);
    await putRow(other, 'persons', { ...person, lastName: 'Bleibt', firstName: 'Ich' });
    const before = await dump(other);
    const content = structuredClone(decoded.backup.content);
    // Two rows with one key in a sync table: bulkAdd fails halfway through the transaction.
    content.sync._clock = [{ key: 'a' }, { key: 'a' }];
    await expect(replaceDatabase(other, content)).rejects.toThrow();
    expect(await dump(other)).toEqual(before);
    content.sync = { _unknown: [{ id: 1 }] };
    await expect(replaceDatabase(other, content)).rejects.toThrow(/_unknown/);
    expect(await dump(other)).toEqual(before);
  });
});
