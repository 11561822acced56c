import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FORMAT_FILE } from '../../../../../shared/sync/folderLayout';
import { convergedState, fastFolder, personRow, SimulatedPc, testId } from '../support/simulatedPc';

/**
 * Must-prove 7: folder missing, emptied, swapped for another sync folder, read-only: sync pauses
 * with a message; local data untouched. (And a folder written by a newer app version.)
 */
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** On disk (not RAM): read-only must be real. */
function diskDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'konvent-safety-'));
  cleanups.push(() => {
    setWritable(dir, true);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? [full, ...walk(full)] : [full];
  });
}

/** root ignores file modes, so as root the immutable flag makes the folder read-only. */
function setWritable(dir: string, writable: boolean): void {
  if (process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['-R', writable ? '-i' : '+i', dir], { stdio: 'ignore' });
    } catch {
      // Not possible on this file system; the read-only test then fails loudly, as it should.
    }
    return;
  }
  for (const file of [dir, ...walk(dir)]) chmodSync(file, writable ? 0o755 : 0o555);
}

async function office(dir: string) {
  const a = new SimulatedPc('Zwickau', fastFolder(dir));
  const b = new SimulatedPc('Chemnitz', fastFolder(dir));
  await a.db.domain('persons').put(personRow(testId(1)));
  await a.join();
  await a.sync();
  await b.join();
  await b.sync();
  await a.db.domain('persons').update(testId(1), { notes: 'lokal, noch nicht übertragen' });
  return { a, b };
}

async function localData(pc: SimulatedPc) {
  return { state: await convergedState(pc.db), outbox: await pc.db.table('_outbox').toArray() };
}

function folderContents(dir: string): Record<string, string> {
  return Object.fromEntries(
    walk(dir)
      .filter((file) => statSync(file).isFile())
      .map((file) => [path.relative(dir, file), readFileSync(file, 'latin1')]),
  );
}

describe('folder safety', () => {
  it('folder missing: pauses, never recreates it, keeps local data; resumes when it is back', async () => {
    const dir = diskDir();
    const { a } = await office(dir);
    const before = await localData(a);
    renameSync(dir, `${dir}-weg`);
    cleanups.push(() => rmSync(`${dir}-weg`, { recursive: true, force: true }));
    await expect(a.engine.sync()).resolves.toEqual({ kind: 'paused', reason: 'folderMissing' });
    expect((await a.status()).pause).toEqual({ reason: 'folderMissing' });
    expect(await localData(a)).toEqual(before);
    expect(() => statSync(dir)).toThrow();
    renameSync(`${dir}-weg`, dir);
    await expect(a.engine.sync()).resolves.toMatchObject({ kind: 'synced' });
    expect((await a.status()).pause).toBeUndefined();
  });

  it('folder emptied: pauses without treating anything as deleted; "Ordner wiederherstellen" makes every PC write its log again', async () => {
    const dir = diskDir();
    const { a, b } = await office(dir);
    const before = await localData(a);
    for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
    await expect(a.engine.sync()).resolves.toEqual({ kind: 'paused', reason: 'folderEmpty' });
    await expect(b.engine.sync()).resolves.toEqual({ kind: 'paused', reason: 'folderEmpty' });
    expect(await localData(a)).toEqual(before);
    expect(readdirSync(dir)).toEqual([]);

    await a.engine.restoreFolder();
    await a.sync();
    await b.sync();
    await a.sync();
    // A new PC joining the restored folder gets everything, including what was never shared before.
    const c = new SimulatedPc('Plauen', fastFolder(dir));
    await c.join();
    await c.sync();
    expect((await c.db.domain('persons').get(testId(1)))?.notes).toBe('lokal, noch nicht übertragen');
    expect((await b.db.domain('persons').get(testId(1)))?.notes).toBe('lokal, noch nicht übertragen');
  });

  it('swapped for another sync folder: pauses, writes nothing into it, keeps local data', async () => {
    const dir = diskDir();
    const { a } = await office(dir);
    const before = await localData(a);
    const other = diskDir();
    const stranger = new SimulatedPc('Fremd', fastFolder(other));
    await stranger.db.domain('persons').put(personRow(testId(9), { firstName: 'Fremde', lastName: 'Daten' }));
    await stranger.join();
    await stranger.sync();
    rmSync(dir, { recursive: true, force: true });
    cpSync(other, dir, { recursive: true });
    const contents = folderContents(dir);
    await expect(a.engine.sync()).resolves.toEqual({ kind: 'paused', reason: 'folderReplaced' });
    expect(await localData(a)).toEqual(before);
    expect(folderContents(dir)).toEqual(contents);
  });

  it('read-only: pauses, applies nothing and keeps local data; resumes once writable', async () => {
    const dir = diskDir();
    const { a, b } = await office(dir);
    await b.db.domain('persons').update(testId(1), { phone: '0371 1' });
    await b.sync();
    const before = await localData(a);
    setWritable(dir, false);
    try {
      writeFileSync(path.join(dir, 'probe'), 'x');
      throw new Error('the folder could not be made read-only on this system');
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toMatch(/EACCES|EPERM|EROFS/);
    }
    await expect(a.engine.sync()).resolves.toEqual({ kind: 'paused', reason: 'readOnly' });
    expect(await localData(a)).toEqual(before);
    setWritable(dir, true);
    await expect(a.engine.sync()).resolves.toMatchObject({ kind: 'synced' });
    expect((await a.db.domain('persons').get(testId(1)))?.phone).toBe('0371 1');
  });

  it('written by a newer app version: pauses and says so', async () => {
    const dir = diskDir();
    const { a } = await office(dir);
    const before = await localData(a);
    const format = JSON.parse(readFileSync(path.join(dir, FORMAT_FILE), 'utf8'));
    writeFileSync(path.join(dir, FORMAT_FILE), JSON.stringify({ ...format, formatVersion: 2 }));
    await expect(a.engine.sync()).resolves.toEqual({ kind: 'paused', reason: 'newerFormat', detail: '2' });
    expect(await localData(a)).toEqual(before);
  });
});
