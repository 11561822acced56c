import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { schemaVersions } from '../../../../../renderer/db/schemaVersions';
import { readBackupFile } from '../../../../../renderer/features/backup/backupFile';
import { replaceDatabase } from '../../../../../renderer/db/backup/replaceDatabase';
import { readBackupContent } from '../../../../../renderer/db/backup/readBackupContent';
import { encodeBackup } from '../../../../../shared/backup/backupCodec';
import { timeSlicer } from '../../../../../shared/backup/timeSlices';
import { gunzip, gzip } from '../../../../../shared/backup/gzip';
import { canonicalJsonNfc } from '../../../../../shared/hashing/canonicalJson';
import { sha256Hex } from '../../../../../shared/hashing/sha256';
import type { BackupContent, BackupEnvelope } from '../../../../../shared/backup/backupFormat';
import { generateDataset, TINY } from '../../../../bench/dataset/generateTenYears';
import Dexie from 'dexie';

const meta = { appVersion: '0.1.0', schemaVersion: schemaVersions.at(-1)!.version, createdAt: '2026-03-11T13:05:00.000Z' };

/** The backup file as the previous version wrote it: JSON.stringify of the envelope, hashed over canonicalJsonNfc. */
async function oldBackupFile(content: BackupContent, counts: Record<string, number>): Promise<{ bytes: Uint8Array; sha256: string }> {
  const sha256 = sha256Hex(canonicalJsonNfc(content));
  const envelope = { format: 'konvent-backup', formatVersion: 1, ...meta, counts, sha256, content };
  return { bytes: await gzip(new TextEncoder().encode(JSON.stringify(envelope))), sha256 };
}

/** A database with the generated data and sync history, written plainly (as the bench does), with texts NFC would change. */
async function generatedDatabase(): Promise<KonventDatabase> {
  const name = `encode-${Math.random()}`;
  const plain = new Dexie(name);
  for (const schema of schemaVersions) plain.version(schema.version).stores(schema.stores);
  await plain.open();
  const dataset = generateDataset(TINY) as unknown as Record<string, Record<string, unknown>[]>;
  dataset.agendaItems![0]!.notes = 'Gru\u0308ße an die Fo\u0308rdermittelgeber – „Region“';
  await plain.transaction('rw', plain.tables, async () => {
    for (const [table, rows] of Object.entries(dataset)) await plain.table(table).bulkPut(rows);
    await plain.table('_outbox').bulkPut(
      Array.from({ length: 3_000 }, (_, seq) => ({ seq: seq + 1, hlc: `2026-03-11T10:00:00.000Z-${String(seq).padStart(4, '0')}-0123456789abcdef`, table: 'persons', id: `p${seq}`, field: 'notes', prev: null, value: `Notiz ${seq} mit Umlaut ä und e\u0301` })),
    );
    await plain.table('_clock').put({ key: 'persons#01', table: 'persons', entries: { '0ABC': { fields: { lastName: { h: 'x' }, firstName: { h: 'y' } } }, 10: { fields: {} }, 9: { fields: {} } } });
  });
  plain.close();
  return new KonventDatabase(name);
}

describe('backup create: the same hash as before, a file every version reads, and the window gets turns', () => {
  it('hashes exactly as the previous implementation, and the file restores to the same data (texts as stored)', async () => {
    const db = await generatedDatabase();
    const content = await readBackupContent(db);
    const { bytes, envelope } = await encodeBackup(content, meta);
    const old = await oldBackupFile(content, envelope.counts);
    expect(envelope.sha256).toBe(old.sha256);

    // The file holds the same envelope as before (only the order of keys differs), texts not normalized.
    const parsed = (file: Uint8Array) => JSON.parse(new TextDecoder().decode(file)) as BackupEnvelope;
    const written = parsed(await gunzip(bytes));
    expect(written).toEqual(parsed(await gunzip(old.bytes)));
    expect(written.content.tables.agendaItems.some((item) => item.notes.includes('Gru\u0308ße'))).toBe(true);
    expect(sha256Hex(canonicalJsonNfc(written.content))).toBe(written.sha256);

    // Both files restore, to identical data.
    for (const file of [bytes, old.bytes]) {
      const target = new KonventDatabase(`target-${Math.random()}`);
      const decoded = await readBackupFile(target, file);
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
      await replaceDatabase(target, decoded.backup.content);
      expect(await readBackupContent(target)).toEqual(content);
    }
  });

  it('gives the event loop turns while it writes the rows, and reports progress up to 1', async () => {
    const content = await readBackupContent(await generatedDatabase());
    content.sync._outbox = Array.from({ length: 20_000 }, (_, seq) => ({ seq, hlc: `h${seq}`, table: 'persons', id: `p${seq}`, field: 'notes', prev: null, value: `Notiz ${seq} – „ä“` }));
    const events: string[] = [];
    let ticking = true;
    const tick = () => {
      events.push('tick');
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const { bytes } = await encodeBackup(content, meta, { slicer: timeSlicer(1), onProgress: (fraction) => events.push(`progress ${fraction}`) });
    ticking = false;
    const progress = events.filter((e) => e.startsWith('progress')).map((e) => Number(e.split(' ')[1]));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    // Timers ran between the reports of rows written: the window is not frozen while rows are written.
    const during = events.slice(events.indexOf(`progress ${progress[0]}`), events.indexOf('progress 1'));
    expect(during.filter((e) => e === 'tick').length).toBeGreaterThanOrEqual(3);
    expect((await readBackupFile(new KonventDatabase(`check-${Math.random()}`), bytes)).ok).toBe(true);
  });
});
