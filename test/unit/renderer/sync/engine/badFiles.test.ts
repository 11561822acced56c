import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { encodeSegment } from '../../../../../shared/sync/segment';
import { logDir, segmentName } from '../../../../../shared/sync/folderLayout';
import type { SyncOp } from '../../../../../shared/sync/formats';
import { ATTEMPTS_BEFORE_LISTING } from '../../../../../renderer/sync/engine/badFiles';
import type { BadFileRow } from '../../../../../renderer/db/sync/syncTables';
import { convergedState, setUpOffice, testId } from '../support/simulatedPc';

/**
 * Must-prove 4: zero bytes, cut off, garbage, valid JSON of the wrong shape, hash mismatch, a
 * "conflicted copy" of a segment, desktop.ini, unknown files: sync goes on, the bad file is
 * reported, no data changes because of it.
 */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

const op = (deviceId: string, seq: number, email: string): SyncOp => ({
  seq,
  hlc: `${new Date(Date.now() + seq * 1000).toISOString()}-0000-${deviceId}`,
  table: 'persons',
  id: testId(1),
  field: 'email',
  value: email,
  prev: null,
});

/** One fake PC per kind of damage, each with a single first segment, so each file is judged alone. */
function plantBadFiles(dir: string) {
  const files: Record<string, { device: string; name: string; bytes: Uint8Array | string }> = {};
  const plant = (kind: string, device: string, name: string, bytes: Uint8Array | string) => {
    mkdirSync(path.join(dir, logDir(device)), { recursive: true });
    writeFileSync(path.join(dir, logDir(device), name), bytes);
    files[kind] = { device, name, bytes };
  };
  const good = (device: string) => encodeSegment(device, [op(device, 1, `${device}@example.org`)]).bytes;
  plant('zero bytes', 'a000000000000001', segmentName(1, 1), '');
  const cut = good('a000000000000002');
  plant('cut off', 'a000000000000002', segmentName(1, 1), cut.subarray(0, cut.length - 20));
  plant('garbage', 'a000000000000003', segmentName(1, 1), Uint8Array.from([0xff, 0xfe, 0x00, 0x81, 0x0a, 0x13]));
  plant('wrong shape', 'a000000000000004', segmentName(1, 1), '{"hello":"world"}\n{"also":"json"}\n');
  const tampered = new TextDecoder().decode(good('a000000000000005')).replace('a000000000000005@example.org', 'manipuliert@example.org');
  plant('hash mismatch', 'a000000000000005', segmentName(1, 1), tampered);
  // Copies and clutter next to a good segment of a sixth PC: the good one counts, the rest is ignored.
  plant('good', 'a000000000000006', segmentName(1, 1), good('a000000000000006'));
  plant('conflicted copy', 'a000000000000006', '0000000001-0000000001 (Konflikt 2026-03-11).jsonl', encodeSegment('a000000000000006', [op('a000000000000006', 1, 'kopie@example.org')]).bytes);
  plant('desktop.ini', 'a000000000000006', 'desktop.ini', '[.ShellClassInfo]\n');
  plant('unknown file', 'a000000000000006', 'notizen.txt', 'Bitte nicht löschen');
  return files;
}

describe('bad files in the folder', () => {
  it('are retried, then listed with their reason; sync goes on and no data changes because of them', async () => {
    const setup = await setUpOffice(['Zwickau', 'Chemnitz']);
    cleanup = setup.cleanup;
    const [a, b] = setup.pcs as [(typeof setup.pcs)[0], (typeof setup.pcs)[0]];
    plantBadFiles(setup.dir);
    // A healthy PC keeps working next to the damage.
    await b.db.domain('persons').update(testId(1), { phone: '0371 488-0' });
    await b.sync();

    for (let attempt = 1; attempt <= ATTEMPTS_BEFORE_LISTING; attempt++) {
      await expect(a.engine.sync()).resolves.toMatchObject({ kind: 'synced' });
      const listed = ((await a.db.table('_badFiles').toArray()) as BadFileRow[]).filter((row) => row.listed).map((row) => row.path);
      if (attempt < ATTEMPTS_BEFORE_LISTING) expect(listed.every((p) => /Konflikt|notizen/.test(p))).toBe(true);
    }

    const rows = (await a.db.table('_badFiles').toArray()) as BadFileRow[];
    const byDevice = (device: string) => rows.filter((row) => row.path.includes(device)).map((row) => [row.problem, row.listed]);
    expect(byDevice('a000000000000001')).toEqual([['empty', true]]);
    expect(byDevice('a000000000000002')).toEqual([['truncated', true]]);
    expect(byDevice('a000000000000003')).toEqual([['notText', true]]);
    expect(byDevice('a000000000000004')).toEqual([['headerUnreadable', true]]);
    expect(byDevice('a000000000000005')).toEqual([['hashMismatch', true]]);
    expect(byDevice('a000000000000006').sort()).toEqual([
      ['conflictCopy', true],
      ['unknownFile', true],
    ]);
    expect(rows.some((row) => row.path.endsWith('desktop.ini'))).toBe(false);

    // The data: Chemnitz's edit and the good segment arrived; nothing from the bad files or the copy.
    const person = await a.db.domain('persons').get(testId(1));
    expect(person?.phone).toBe('0371 488-0');
    expect(['a000000000000006@example.org']).toContain(person?.email);
    const cursors = await a.db.table('_cursors').toArray();
    for (const device of ['a000000000000001', 'a000000000000002', 'a000000000000003', 'a000000000000004', 'a000000000000005']) {
      expect(cursors.find((c) => c.deviceId === device)?.seq ?? 0).toBe(0);
    }
    // Nothing is invented: the state equals a PC that only ever saw the good files.
    await b.sync();
    const bState = (await convergedState(b.db)) as { domain: unknown };
    expect(((await convergedState(a.db)) as { domain: unknown }).domain).toEqual(bState.domain);
  });

  it('a file that was only incomplete is applied once it arrives whole, and leaves the list', async () => {
    const setup = await setUpOffice(['Zwickau']);
    cleanup = setup.cleanup;
    const a = setup.pcs[0]!;
    const device = 'b000000000000001';
    const whole = encodeSegment(device, [op(device, 1, 'spaet@example.org')]).bytes;
    const file = path.join(setup.dir, logDir(device), segmentName(1, 1));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, whole.subarray(0, 30));
    await a.sync();
    expect(await a.db.table('_badFiles').count()).toBe(1);
    expect((await a.db.domain('persons').get(testId(1)))?.email).toBe('');
    writeFileSync(file, whole);
    await a.sync();
    expect(await a.db.table('_badFiles').count()).toBe(0);
    expect((await a.db.domain('persons').get(testId(1)))?.email).toBe('spaet@example.org');
  });
});
