import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { acceptHeldBack } from '../../../../../renderer/sync/engine/engineState';
import { sync as messages } from '../../../../../renderer/app/i18n/messages/sync';
import { expectEveryValueKept, listedBadFiles, ownSegmentFiles, plantSegment } from '../support/faults';
import { convergedState, fastFolder, personRow, setUpOffice, SimulatedPc, syncAll, testId } from '../support/simulatedPc';
import type { SyncStatusRow } from '../../../../../renderer/db/sync/syncTables';

/**
 * What cloud folders and share backups do to the folder (issue 12), each with two or three PCs
 * over one real temp folder: every value ever written stays current or listed as a conflict, and
 * the user is told what is true.
 */
const id = testId(1);
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

async function office(names: string[]) {
  const setup = await setUpOffice(names);
  cleanup = setup.cleanup;
  return { dir: setup.dir, pcs: setup.pcs as [SimulatedPc, SimulatedPc, SimulatedPc] };
}

describe('faults of cloud folders', () => {
  it('a published segment reverted by the cloud to an older, partial revision is written again; the PC that missed it gets the edit', async () => {
    const { dir, pcs } = await office(['Zwickau', 'Chemnitz', 'Plauen']);
    const [a, b, c] = pcs;
    await a.db.domain('persons').update(id, { notes: 'vor der Sitzung anrufen' });
    await a.sync();
    await b.sync();
    const file = ownSegmentFiles(dir, await a.deviceId()).at(-1)!;
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await c.sync();
    expect((await c.db.domain('persons').get(id))?.notes).toBe('');

    await a.sync();
    expect(readFileSync(file)).toEqual(whole);
    await c.sync();
    expect((await c.db.domain('persons').get(id))?.notes).toBe('vor der Sitzung anrufen');
    expect(await listedBadFiles(c)).toEqual({});
    await syncAll(pcs);
    for (const pc of pcs) await expectEveryValueKept(pc, 'persons', id, 'notes', ['vor der Sitzung anrufen']);
    expect(await convergedState(b.db)).toEqual(await convergedState(c.db));
  });

  it('an older segment deleted from the folder is written again byte for byte; readers that had it are not disturbed', async () => {
    const { dir, pcs } = await office(['Zwickau', 'Chemnitz', 'Plauen']);
    const [a, b, c] = pcs;
    await a.db.domain('persons').update(id, { email: 'erst@example.org' });
    await a.sync();
    await a.db.domain('persons').update(id, { phone: '0375 1' });
    await a.sync();
    await b.sync();
    const files = ownSegmentFiles(dir, await a.deviceId());
    const lost = files.at(-2)!;
    const bytes = readFileSync(lost);
    rmSync(lost);
    const before = await convergedState(b.db);
    await a.sync();
    expect(readFileSync(lost)).toEqual(bytes);
    await b.sync();
    expect(await convergedState(b.db)).toEqual(before);
    await c.sync();
    expect(await c.db.domain('persons').get(id)).toMatchObject({ email: 'erst@example.org', phone: '0375 1' });
  });

  it('the same name in NFC and NFD is one value, never a conflict', async () => {
    const { pcs } = await office(['Zwickau', 'Chemnitz']);
    const [a, b] = pcs;
    await a.db.domain('persons').update(id, { lastName: 'Müller' });
    await b.db.domain('persons').update(id, { lastName: 'Mu\u0308ller' });
    await syncAll([a, b]);
    for (const pc of [a, b]) {
      expect((await pc.db.domain('persons').get(id))?.lastName).toBe('Müller'.normalize('NFC'));
      expect(await pc.conflicts()).toEqual([]);
    }
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
  });

  it('ops for internal tables are invalid from that PC, said once, not promised after an update, not read again', async () => {
    const { dir, pcs } = await office(['Zwickau', 'Chemnitz']);
    const [a] = pcs;
    const foreign = 'c000000000000001';
    const hlc = (n: number) => `${new Date(Date.now() + 60_000 + n).toISOString()}-0000-${foreign}`;
    const file = plantSegment(dir, foreign, [
      { seq: 1, hlc: hlc(1), table: '_device', id: 'clock', field: 'deviceId', value: 'ffffffffffffffff', prev: null },
      { seq: 2, hlc: hlc(2), table: 'persons', id, field: 'phone', value: '0371 2', prev: null },
      { seq: 3, hlc: hlc(3), table: '_outbox', id: '1', field: 'hlc', value: 'x', prev: null },
    ]);
    await a.sync();
    const status = (await a.status()) as SyncStatusRow;
    expect(status.skippedOps ?? 0).toBe(0);
    expect((await a.db.domain('persons').get(id))?.phone).toBe('0371 2');
    const relative = path.relative(dir, file);
    expect(await listedBadFiles(a)).toEqual({ [relative]: 'reservedTable' });
    expect(messages.badFiles.problems.reservedTable).toMatch(/ungültig/);
    expect((await a.db.table('_badFiles').get(relative))?.detail).toBe('op-table: _device, _outbox (2)');
    // Not read again: the file may even become unreadable, nothing changes.
    const mtime = statSync(file).mtimeMs;
    writeFileSync(file, 'kaputt');
    await a.sync();
    await a.sync();
    expect((await a.db.table('_cursors').get(foreign))?.seq).toBe(3);
    expect(await listedBadFiles(a)).toEqual({ [relative]: 'reservedTable' });
    expect(mtime).toBeGreaterThan(0);
    expect(((await a.db.table('_device').get('clock')) as { deviceId: string }).deviceId).not.toBe('ffffffffffffffff');
  });

  it('unknown folders under devices/ are listed like unknown files', async () => {
    const { dir, pcs } = await office(['Zwickau']);
    const [a] = pcs;
    mkdirSync(path.join(dir, 'devices', 'Notizen vom Admin'));
    mkdirSync(path.join(dir, 'devices', 'ABCDEF0123456789'));
    writeFileSync(path.join(dir, 'devices', 'liesmich.txt'), 'x');
    writeFileSync(path.join(dir, 'devices', 'desktop.ini'), 'x');
    await a.sync();
    expect(await listedBadFiles(a)).toEqual({
      'devices/Notizen vom Admin': 'unknownFolder',
      'devices/ABCDEF0123456789': 'unknownFolder',
      'devices/liesmich.txt': 'unknownFile',
    });
  });
});

describe('a vanished device folder', () => {
  it('a retired PC’s folder deleted: a PC that holds its ops writes a covering snapshot, says whose folder vanished, and new PCs end equal', async () => {
    const { dir, pcs } = await office(['Zwickau', 'Chemnitz', 'Plauen']);
    const [a, b, c] = pcs;
    await c.db.domain('persons').update(id, { notes: 'nur von Plauen', function: 'Oberbürgermeister' });
    await c.db.domain('persons').put(personRow(testId(2), { lastName: 'Vogel' }));
    await c.sync();
    await syncAll([a, b]);
    rmSync(path.join(dir, 'devices', await c.deviceId()), { recursive: true });

    await a.sync();
    const status = (await a.status()) as SyncStatusRow;
    expect(status.vanished).toEqual([{ deviceId: await c.deviceId(), name: 'Plauen', secured: true }]);
    expect(messages.vanished.body('Plauen')).toContain('„Plauen“');
    await b.sync();
    expect(((await b.status()) as SyncStatusRow).vanished).toEqual([{ deviceId: await c.deviceId(), name: 'Plauen', secured: true }]);

    // A new PC starting from the newest snapshot, and one replaying logs only, both end like the others.
    const d = new SimulatedPc('Aue', fastFolder(dir));
    const e = new SimulatedPc('Annaberg', fastFolder(dir), { useSnapshots: false });
    for (const pc of [d, e]) {
      await pc.join();
      await pc.sync();
    }
    await syncAll([a, b, d, e]);
    for (const pc of [a, b, d, e]) {
      expect(await pc.db.domain('persons').get(id)).toMatchObject({ notes: 'nur von Plauen', function: 'Oberbürgermeister' });
      expect((await pc.db.domain('persons').get(testId(2)))?.lastName).toBe('Vogel');
      await expectEveryValueKept(pc, 'persons', id, 'notes', ['nur von Plauen']);
    }
    expect((await convergedState(d.db) as { domain: unknown }).domain).toEqual((await convergedState(a.db) as { domain: unknown }).domain);
    expect((await convergedState(e.db) as { domain: unknown }).domain).toEqual((await convergedState(a.db) as { domain: unknown }).domain);
  });
});

describe('wrong clocks', () => {
  const DAY = 24 * 3600_000;
  const clockOf = async (pc: SimulatedPc) => ((await pc.db.table('_device').get('clock')) as { hlc: string }).hlc;

  it('a PC two days ahead: its edits are held back and shown (PC, apparent time) until this PC’s clock catches up; nothing drags the clock', async () => {
    const { pcs } = await office(['Zwickau', 'Chemnitz']);
    const [a, b] = pcs;
    a.clockOffsetMs = 2 * DAY;
    await a.db.domain('persons').update(id, { notes: 'aus der Zukunft' });
    await b.db.domain('persons').update(id, { email: 'heute@example.org' });
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.notes).toBe('');
    const held = ((await b.status()) as SyncStatusRow).heldBack!;
    expect(held).toEqual([expect.objectContaining({ name: 'Zwickau', ops: 1 })]);
    expect(Date.parse(held[0]!.hlc.slice(0, 24)) - Date.now()).toBeGreaterThan(1.9 * DAY);
    expect(Date.parse((await clockOf(b)).slice(0, 24))).toBeLessThan(Date.now() + 3600_000);
    expect(messages.heldBack.body('Zwickau', 1, 'Mi., 11.03.2026, 14:05')).toContain('Zwickau');
    // Chemnitz's own writes go on, and reach Zwickau.
    expect((await a.db.domain('persons').get(id))?.email).toBe('heute@example.org');

    b.clockOffsetMs = 2 * DAY - 3600_000;
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.notes).toBe('aus der Zukunft');
    expect(((await b.status()) as SyncStatusRow).heldBack).toEqual([]);
    for (const pc of pcs) await expectEveryValueKept(pc, 'persons', id, 'notes', ['aus der Zukunft']);
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
  });

  it('an op stamped 9999-12-31T23:59:59.999Z is refused as a bad op naming the rule; clocks, writes and sync go on', async () => {
    const { dir, pcs } = await office(['Zwickau', 'Chemnitz']);
    const [a, b] = pcs;
    const foreign = 'c000000000000002';
    const file = plantSegment(dir, foreign, [{ seq: 1, hlc: `9999-12-31T23:59:59.999Z-ffff-${foreign}`, table: 'persons', id, field: 'notes', value: 'Jahr 9999', prev: null }]);
    for (let i = 0; i < 3; i++) await syncAll([a, b]);
    for (const pc of pcs) {
      expect(await listedBadFiles(pc)).toEqual({ [path.relative(dir, file)]: 'opUnreadable' });
      expect((await pc.db.table('_badFiles').get(path.relative(dir, file)))?.detail).toBe('Zeile 2: op-hlc: hlc-bound');
      expect(Date.parse((await clockOf(pc)).slice(0, 24))).toBeLessThan(Date.now() + 3600_000);
      expect((await pc.db.domain('persons').get(id))?.notes).toBe('');
    }
    await a.db.domain('persons').update(id, { notes: 'geht weiter' });
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.notes).toBe('geht weiter');
  });

  it('a clock already at the top (an older version took in a year-9999 op) never makes a local write or a sync fail', async () => {
    const { pcs } = await office(['Zwickau', 'Chemnitz']);
    const [a, b] = pcs;
    const clock = (await a.db.table('_device').get('clock')) as { deviceId: string };
    await a.db.table('_device').put({ ...clock, hlc: `9999-12-31T23:59:59.999Z-ffff-${clock.deviceId}` });
    for (let i = 0; i < 3; i++) await a.db.domain('persons').update(id, { notes: `Eintrag ${i}` });
    await expect(a.engine.sync()).resolves.toMatchObject({ kind: 'synced' });
    await expect(b.engine.sync()).resolves.toMatchObject({ kind: 'synced' });
    // Far ahead of Chemnitz: held back and shown, then taken when the user accepts.
    expect(((await b.status()) as SyncStatusRow).heldBack).toEqual([expect.objectContaining({ name: 'Zwickau', ops: 3 })]);
    await acceptHeldBack(b.db, clock.deviceId);
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.notes).toBe('Eintrag 2');
    await b.db.domain('persons').update(id, { notes: 'danach' });
    await syncAll([a, b]);
    expect((await a.db.domain('persons').get(id))?.notes).toBe('danach');
  });
});

describe('a snapshot written from docs/sync-format.md alone', () => {
  it('is started from by a new PC, and one with a wrong name is listed naming the rule', async () => {
    const { dir } = await office(['Zwickau']);
    const foreign = 'd000000000000001';
    const hlc = `${new Date(Date.now() + 60_000).toISOString()}-0000-${foreign}`;
    const row = personRow(testId(5), { lastName: 'Aus dem Schnappschuss' });
    const fields = Object.fromEntries(Object.keys(row).filter((key) => key !== 'id').map((key) => [key, { h: hlc }]));
    const snapshot = { format: 'konvent-snapshot', v: 1, deviceId: foreign, hlc, createdAt: new Date().toISOString(), covers: { [foreign]: 0 }, rows: [{ table: 'persons', id: testId(5), data: row, fields }], writer: 'fremd 1.0' };
    const stem = hlc.replace(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z/, '$1$2$3T$4$5$6$7Z');
    mkdirSync(path.join(dir, 'devices', foreign, 'snapshots'), { recursive: true });
    writeFileSync(path.join(dir, 'devices', foreign, 'snapshots', `${stem}.json.gz`), gzipSync(JSON.stringify(snapshot)));
    const d = new SimulatedPc('Aue', fastFolder(dir));
    await d.join();
    await d.sync();
    expect((await d.db.domain('persons').get(testId(5)))?.lastName).toBe('Aus dem Schnappschuss');

    const wrong = `${stem.slice(0, -16)}d000000000000002`;
    mkdirSync(path.join(dir, 'devices', 'd000000000000002', 'snapshots'), { recursive: true });
    writeFileSync(path.join(dir, 'devices', 'd000000000000002', 'snapshots', `${wrong}.json.gz`), gzipSync(JSON.stringify({ ...snapshot, hlc: `${hlc.slice(0, -16)}d000000000000002`, deviceId: 'd000000000000002', createdAt: 5 })));
    const e = new SimulatedPc('Annaberg', fastFolder(dir));
    await e.join();
    await e.sync();
    const bad = (await e.db.table('_badFiles').toArray()) as { problem: string; detail?: string }[];
    expect((await e.db.domain('persons').get(testId(5)))?.lastName).toBe('Aus dem Schnappschuss');
    expect(bad).toContainEqual(expect.objectContaining({ problem: 'snapshotUnreadable', detail: 'snapshot' }));
  });
});
