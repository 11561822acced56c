/**
 * Runs in the page (bundled by the bench with esbuild, evaluated there): a new PC joining the
 * ten-year sync folder through the web adapter over an OPFS folder into real IndexedDB, one more
 * remote change picked up, and the floor: a plain Dexie bulkPut of the same final rows.
 */
import '../../e2e/sync/zodWithoutEval';
import Dexie from 'dexie';
import { KonventDatabase } from '../../../renderer/db/database';
import { schemaVersions } from '../../../renderer/db/schemaVersions';
import { SyncEngine } from '../../../renderer/sync/engine/syncEngine';
import { createWebSyncFolder } from '../../../renderer/platform/webSyncFolder';
import { domainTableNames } from '../../../shared/domain/tables';
import { gzip } from '../../../shared/backup/gzip';
import { createBackupFile, readBackupFile } from '../../../renderer/features/backup/backupFile';
import { replaceDatabase } from '../../../renderer/db/backup/replaceDatabase';

interface FolderFile {
  path: string;
  base64: string;
}

async function folderHandle(name: string): Promise<FileSystemDirectoryHandle> {
  return (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
}

async function writeFiles(folder: string, files: FolderFile[]): Promise<void> {
  const root = await folderHandle(folder);
  for (const file of files) {
    const parts = file.path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
    const writable = await handle.createWritable();
    await writable.write(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)));
    await writable.close();
  }
}

/**
 * What every run writes again (the folder's files, the floor's rows), handed to the page once: at
 * thirty years they are a few hundred MB of base64 and JSON, too much to send over CDP per run.
 */
const staged = new Map<string, unknown>();
function stage(name: string, value: unknown): void {
  staged.set(name, value);
}
/**
 * Adds a slice to a staged list, or rows to a staged table map: one CDP message each, since one
 * message of several hundred MB closes the browser (thirty years).
 */
function stageAppend(name: string, part: unknown[] | Record<string, unknown[]>): void {
  if (Array.isArray(part)) {
    const list = (staged.get(name) as unknown[] | undefined) ?? [];
    for (const item of part) list.push(item);
    staged.set(name, list);
    return;
  }
  const tables = (staged.get(name) as Record<string, unknown[]> | undefined) ?? {};
  for (const [table, rows] of Object.entries(part)) {
    const list = (tables[table] ??= []);
    for (const row of rows) list.push(row);
  }
  staged.set(name, tables);
}
function stagedValue<T>(name: string): T {
  if (!staged.has(name)) throw new Error(`Nicht bereitgelegt: ${name}`);
  return staged.get(name) as T;
}
async function writeStagedFiles(folder: string, name: string): Promise<void> {
  await writeFiles(folder, stagedValue<FolderFile[]>(name));
}
async function bulkPutStagedFloor(dbName: string, name: string) {
  return bulkPutFloor(dbName, stagedValue<Record<string, unknown[]>>(name));
}

async function counts(db: Dexie): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of domainTableNames) result[table] = await db.table(table).count();
  return result;
}

const engines = new Map<string, SyncEngine>();

async function bootstrap(folder: string, dbName: string): Promise<{ ms: number; counts: Record<string, number> }> {
  const db = new KonventDatabase(dbName);
  await db.open();
  const engine = new SyncEngine({ db, folder: createWebSyncFolder(await folderHandle(folder)), appVersion: 'bench' });
  engines.set(dbName, engine);
  const started = performance.now();
  const joined = await engine.join({ name: 'Neuer Rechner', confirmNonEmpty: true });
  if (joined.kind !== 'joined') throw new Error(`join: ${JSON.stringify(joined)}`);
  const synced = await engine.sync();
  if (synced.kind !== 'synced') throw new Error(`sync: ${JSON.stringify(synced)}`);
  const ms = performance.now() - started;
  return { ms, counts: await counts(db) };
}

async function incremental(folder: string, dbName: string, files: FolderFile[], probe: { table: string; id: string; field: string }) {
  await writeFiles(folder, files);
  const engine = engines.get(dbName)!;
  const db = new KonventDatabase(dbName);
  const started = performance.now();
  const synced = await engine.sync();
  const ms = performance.now() - started;
  if (synced.kind !== 'synced') throw new Error(`sync: ${JSON.stringify(synced)}`);
  const row = (await db.table(probe.table).get(probe.id)) as Record<string, unknown> | undefined;
  db.close();
  return { ms, value: row?.[probe.field] };
}

/** A plain Dexie database with the app's stores and no change capture: the floor for writing the rows. */
async function bulkPutFloor(dbName: string, rows: Record<string, unknown[]>): Promise<{ ms: number; counts: Record<string, number> }> {
  const db = new Dexie(dbName);
  for (const schema of schemaVersions) db.version(schema.version).stores(schema.stores);
  await db.open();
  const started = performance.now();
  await db.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut(list);
  });
  const ms = performance.now() - started;
  return { ms, counts: await counts(db) };
}

/**
 * Long tasks (over 50 ms) seen while `work` runs: the longest, 0 if none. The work starts in a
 * task of its own, after the observer: the task running now (e.g. the end of the floor's one-piece
 * gzip) is not the work's.
 */
async function longestTaskDuring<T>(work: () => Promise<T>): Promise<{ value: T; longestTaskMs: number }> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const value = await work();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.takeRecords().forEach((e) => durations.push(e.duration));
  observer.disconnect();
  return { value, longestTaskMs: Math.max(0, ...durations) };
}

/**
 * Backup with sync history: the rows (domain and sync tables, as on the PC that typed them in) are
 * written plainly, then a backup is created as the app creates it, and restored (checked and
 * written back) as the app restores it. The floor: the same read (one transaction, toArray per
 * table) + JSON + gzip, in the same run.
 */
async function backupStaged(dbName: string, name: string) {
  return backup(dbName, stagedValue<Record<string, unknown[]>>(name));
}

async function backup(dbName: string, rows: Record<string, unknown[]>) {
  const plain = new Dexie(dbName);
  for (const schema of schemaVersions) plain.version(schema.version).stores(schema.stores);
  await plain.open();
  await plain.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await plain.table(table).bulkPut(list);
  });
  plain.close();
  const db = new KonventDatabase(dbName);
  await db.open();
  const floorStart = performance.now();
  const all: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) all[table.name] = await table.toArray();
  });
  await gzip(new TextEncoder().encode(JSON.stringify(all)));
  const floorMs = performance.now() - floorStart;
  let createMs = 0;
  const created = await longestTaskDuring(async () => {
    const createStart = performance.now();
    const file = await createBackupFile(db, 'bench');
    createMs = performance.now() - createStart;
    return file;
  });
  let restoreMs = 0;
  const restored = await longestTaskDuring(async () => {
    const restoreStart = performance.now();
    const decoded = await readBackupFile(db, created.value.bytes);
    if (!decoded.ok) throw new Error(`restore: ${JSON.stringify(decoded.problem)}`);
    await replaceDatabase(db, decoded.backup.content);
    restoreMs = performance.now() - restoreStart;
  });
  const outbox = await db.table('_outbox').count();
  db.close();
  return {
    floorMs,
    createMs,
    createLongestTaskMs: created.longestTaskMs,
    restoreMs,
    restoreLongestTaskMs: restored.longestTaskMs,
    bytes: created.value.bytes.length,
    outbox,
  };
}

(window as unknown as { konventBench: unknown }).konventBench = { stage, stageAppend, backupStaged, writeFiles, writeStagedFiles, bootstrap, incremental, bulkPutFloor, bulkPutStagedFloor, backup };
