import { beforeAll, describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { createBackupFile, readBackupFile } from '../../../../../renderer/features/backup/backupFile';
import { backupProblemMessage } from '../../../../../renderer/features/backup/backupProblemMessage';
import { catalogs } from '../../../../fixtures/catalogs';
import { MAX_UNPACKED_BYTES, type DecodeResult } from '../../../../../shared/backup/backupCodec';
import { gunzip, gzip } from '../../../../../shared/backup/gzip';
import { canonicalJsonNfc } from '../../../../../shared/hashing/canonicalJson';
import { sha256Hex } from '../../../../../shared/hashing/sha256';
import { gzipBombOfZeros } from '../../../support/gzipBomb';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hand-editing arbitrary JSON, as an attacker would
type Json = any;

async function dump(db: KonventDatabase) {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) result[table.name] = await table.toArray();
  return result;
}

/** A backup edited by hand, with hash and counts made to fit again: only the row checks can catch it. */
async function forged(bytes: Uint8Array, change: (envelope: Json) => void): Promise<Uint8Array> {
  const envelope = JSON.parse(new TextDecoder().decode(await gunzip(bytes)));
  change(envelope);
  envelope.sha256 = sha256Hex(canonicalJsonNfc(envelope.content));
  for (const [name, rows] of [...Object.entries(envelope.content.tables), ...Object.entries(envelope.content.sync)]) envelope.counts[name] = (rows as unknown[]).length;
  return gzip(new TextEncoder().encode(JSON.stringify(envelope)));
}

const german = (result: DecodeResult) => (result.ok ? '' : backupProblemMessage(result.problem, catalogs.de.backup));

let db: KonventDatabase;
let backup: Uint8Array;
beforeAll(async () => {
  db = new KonventDatabase(`hostile-${Math.random()}`);
  await loadDemoData(db);
  backup = (await createBackupFile(db, '0.1.0')).bytes;
});

describe('a backup file from an attacker or a careless hand', () => {
  it('a gzip bomb (3 MB that unpack to 3 GiB of zeros) is refused after the limit, without big memory growth, and changes nothing', async () => {
    const bomb = gzipBombOfZeros(3);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const before = await dump(db);
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    let result: DecodeResult;
    try {
      result = await readBackupFile(db, bomb);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('unpacks-too-large');
    expect(german(result)).toBe(
      'Die Datei entpackt sich zu mehr als 128 MB. Eine Konvent-Sicherung ist viel kleiner; das Lesen wurde abgebrochen.',
    );
    // The limit is 128 MiB; the text of what was read costs about as much again. Not gigabytes.
    const growth = peak - base;
    expect(growth, `memory grew by ${Math.round(growth / 1024 / 1024)} MB`).toBeLessThan(MAX_UNPACKED_BYTES + 300 * 1024 * 1024);
    expect(await dump(db)).toEqual(before);
  }, 120_000);

  it('a backup nested 100,000 levels deep is refused with a German message, not a stack overflow', async () => {
    const envelope = JSON.parse(new TextDecoder().decode(await gunzip(backup)));
    const depth = 100_000;
    const deep = '['.repeat(depth) + ']'.repeat(depth);
    // The canonical text of the content is built by hand, so the hash fits without walking the value.
    const marker = '"__deep__"';
    envelope.content.sync._outbox = [{ seq: 1, op: '__deep__' }];
    envelope.counts._outbox = 1;
    const canonical = canonicalJsonNfc(envelope.content).replace(marker, deep);
    envelope.sha256 = sha256Hex(canonical);
    const text = JSON.stringify(envelope).replace(marker, deep);
    const result = await readBackupFile(db, await gzip(new TextEncoder().encode(text)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('too-deep');
    expect(german(result)).toBe('Die Datei ist ungewöhnlich tief verschachtelt. Das ist keine Konvent-Sicherung.');
  });

  it('a duplicate key in a sync table is refused when the file is checked, before any confirmation', async () => {
    const file = await forged(backup, (e) => {
      const device = e.content.sync._device[0];
      e.content.sync._device.push({ ...device });
    });
    const result = await readBackupFile(db, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ code: 'duplicate-key', table: '_device', field: 'key' });
    expect(german(result)).toBe('Im Bereich „Kennung dieses PCs“ haben zwei Einträge denselben Wert im Feld „Schlüssel“.');
  });

  it('an unknown sync table is refused when the file is checked', async () => {
    const result = await readBackupFile(db, await forged(backup, (e) => (e.content.sync._secrets = [{ key: 'x' }])));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toEqual({ code: 'unknown-sync-table', table: '_secrets' });
    expect(german(result)).toBe('Die Sicherung enthält Synchronisationsdaten („_secrets“), die diese Konvent-Version nicht kennt.');
  });

  it('a sync row without its key, and two minutes for one sitting (a unique index), are refused when checked', async () => {
    const noKey = await readBackupFile(db, await forged(backup, (e) => e.content.sync._clock.push({ hlc: 'x' })));
    expect(noKey.ok).toBe(false);
    if (!noKey.ok) expect(noKey.problem).toMatchObject({ code: 'missing-key', table: '_clock', field: 'key' });
    expect(german(noKey)).toMatch(/^Dem Eintrag \d+ im Bereich „Uhrstände der Felder“ fehlt das Feld „Schlüssel“\.$/);

    const twoMinutes = await readBackupFile(
      db,
      await forged(backup, (e) => {
        const sittingId = e.content.tables.sittings[0].id;
        const minutes = { sittingId, chair: '', recorder: '', place: '', status: 'draft', version: 1, updatedAt: '2026-03-11T10:00:00.000Z' };
        e.content.tables.minutes.push({ ...minutes, id: '01J0000000000000000000000Y' }, { ...minutes, id: '01J0000000000000000000000Z' });
      }),
    );
    expect(twoMinutes.ok).toBe(false);
    if (!twoMinutes.ok) expect(twoMinutes.problem).toMatchObject({ code: 'duplicate-key', table: 'minutes', field: 'sittingId' });
    expect(german(twoMinutes)).toBe('Im Bereich „Niederschriften“ haben zwei Einträge denselben Wert im Feld „Sitzung“.');
  });

  it('rows that point to rows the backup lacks are listed as warnings, with counts', async () => {
    const clean = await readBackupFile(db, backup);
    expect(clean.ok && clean.warnings.missingReferences).toEqual([]);

    let removedPerson = '';
    const file = await forged(backup, (e) => {
      const membership = e.content.tables.memberships.find((m: Json) => e.content.tables.attendance.some((a: Json) => a.membershipId === m.id));
      removedPerson = membership.personId;
      e.content.tables.persons = e.content.tables.persons.filter((p: Json) => p.id !== removedPerson);
      e.content.tables.memberships = e.content.tables.memberships.filter((m: Json) => m.id !== membership.id);
    });
    const result = await readBackupFile(db, file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const envelope = JSON.parse(new TextDecoder().decode(await gunzip(file)));
    const attendanceCount = envelope.content.tables.attendance.filter(
      (a: Json) => !envelope.content.tables.memberships.some((m: Json) => m.id === a.membershipId),
    ).length;
    expect(attendanceCount).toBeGreaterThan(0);
    expect(result.warnings.missingReferences).toContainEqual({ table: 'attendance', field: 'membershipId', target: 'memberships', count: attendanceCount });
  });

  it('an invalid row is named in German by its area, its readable label and the field in words', async () => {
    let personName = '';
    const wrongType = await readBackupFile(
      db,
      await forged(backup, (e) => {
        const person = e.content.tables.persons[0];
        // The first name is broken, so the label is what is left of the name.
        personName = [person.title, person.lastName].filter(Boolean).join(' ');
        person.firstName = 42;
      }),
    );
    expect(german(wrongType)).toBe(
      `Im Bereich „Personen“ ist der Eintrag „${personName}“ ungültig: Das Feld „Vorname“ enthält die falsche Art von Wert (zum Beispiel eine Zahl statt eines Textes).`,
    );
    const badDate = await readBackupFile(db, await forged(backup, (e) => (e.content.tables.sittings[0].date = '2026-02-30')));
    expect(german(badDate)).toMatch(/^Im Bereich „Sitzungen“ ist der Eintrag „2026-02-30.*“ ungültig: Das Feld „Datum“ /);
    const missing = await readBackupFile(db, await forged(backup, (e) => delete e.content.tables.persons[1].lastName));
    expect(german(missing)).toMatch(/ungültig: Das Feld „Nachname“ fehlt\.$/);
    for (const result of [wrongType, badDate, missing]) expect(german(result)).not.toMatch(/Invalid|expected|received|undefined/);
  });
});
