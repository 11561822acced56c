import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { SyncEngine, type SyncEngineOptions } from '../../../../../renderer/sync/engine/syncEngine';
import { createNodeSyncFolder } from '../../../../../electron/services/syncFolder/nodeSyncFolder';
import { toRowState } from '../../../../../renderer/db/sync/rowStore';
import { markSyncTransaction } from '../../../../../renderer/db/sync/changeCapture';
import { domainTableNames } from '../../../../../shared/domain/tables';
import type { SyncFolder } from '../../../../../shared/sync/syncFolder';
import type { ConflictRow, DeviceClockRow } from '../../../../../renderer/db/sync/syncTables';
import { allClockEntries, clockEntryOf, openConflicts } from '../../../../../renderer/db/sync/syncReads';
import type { RowState } from '../../../../../shared/sync/rowState';

/** A real temp folder: the shared sync folder of the simulated PCs (in RAM where the system has /dev/shm). */
export function makeSyncDir(): { dir: string; cleanup: () => void } {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(path.join(base, 'konvent-sync-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const fastFolder = (root: string) => createNodeSyncFolder({ root, firstBackoffMs: 1, attempts: 3 });

/** One office PC: its own database (fake-indexeddb), its own wall clock, an engine over the shared folder. */
export class SimulatedPc {
  readonly db: KonventDatabase;
  engine: SyncEngine;
  clockOffsetMs = 0;

  constructor(
    readonly name: string,
    public folder: SyncFolder,
    readonly options: Partial<SyncEngineOptions> = {},
    db?: KonventDatabase,
  ) {
    this.db = db ?? new KonventDatabase(`pc-${name}-${Math.random().toString(36).slice(2)}`);
    this.db.wallClock = () => Date.now() + this.clockOffsetMs;
    this.engine = this.makeEngine();
  }

  makeEngine(): SyncEngine {
    return new SyncEngine({ db: this.db, folder: this.folder, appVersion: '0.0.0-test', snapshotEvery: 100_000, ...this.options });
  }

  /** A restart: a new engine over the same database (what a killed and restarted app gets). */
  restart(options: Partial<SyncEngineOptions> = {}): void {
    this.engine = new SyncEngine({ db: this.db, folder: this.folder, appVersion: '0.0.0-test', snapshotEvery: 100_000, ...this.options, ...options });
  }

  async join(): Promise<void> {
    const outcome = await this.engine.join({ name: this.name, confirmNonEmpty: true });
    if (outcome.kind !== 'joined') throw new Error(`${this.name} could not join: ${JSON.stringify(outcome)}`);
  }

  async sync(): Promise<void> {
    const outcome = await this.engine.sync();
    if (outcome.kind !== 'synced') throw new Error(`${this.name} did not sync: ${JSON.stringify(outcome)}`);
  }

  async deviceId(): Promise<string> {
    return ((await this.db.table('_device').get('clock')) as DeviceClockRow).deviceId;
  }

  async status() {
    return this.db.table('_device').get('status');
  }

  /** The merged state of a row, shown or not (deleted rows keep their values in _clock). */
  async rowState(table: string, id: string): Promise<RowState> {
    const visible = await this.db.table(table).get(id);
    return toRowState({ table, id, visible, clock: await clockEntryOf(this.db, table, id) });
  }

  async conflicts(): Promise<ConflictRow[]> {
    return openConflicts(this.db);
  }
}

/** Everything that must be equal on converged PCs: domain rows, field clocks with losers, conflicts. */
export async function convergedState(db: KonventDatabase): Promise<unknown> {
  const domain: Record<string, unknown[]> = {};
  for (const table of domainTableNames) {
    const rows = await db.table(table).toArray();
    if (rows.length > 0) domain[table] = rows;
  }
  const clocks = (await allClockEntries(db)).map(({ table, id, entry: { fields, data, extra } }) => ({ key: `${table}:${id}`, fields, data, extra }));
  const conflicts = await openConflicts(db);
  return { domain, clocks, conflicts };
}

export const personRow = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  updatedAt: '2026-03-11T13:00:00.000Z',
  title: '',
  firstName: 'Sven',
  lastName: 'Krüger',
  function: 'Landrat',
  organization: 'Landkreis Zwickau',
  email: '',
  phone: '',
  notes: '',
  ...overrides,
});

/** Fixed, valid ULIDs for test rows. */
export const testId = (n: number) => `01JS${String(n).padStart(22, '0')}`;

/**
 * PCs that already share a folder: the first one has the given persons and creates the folder,
 * the others join; everyone has synced once.
 */
export async function setUpOffice(names: string[], persons: Record<string, unknown>[] = [personRow(testId(1))]) {
  const { dir, cleanup } = makeSyncDir();
  const pcs = names.map((name) => new SimulatedPc(name, fastFolder(dir)));
  if (persons.length > 0) await pcs[0]!.db.domain('persons').bulkPut(persons as never[]);
  for (const pc of pcs) {
    await pc.join();
    await pc.sync();
  }
  for (const pc of pcs) await pc.sync();
  return { dir, cleanup, pcs };
}

/** Syncs every PC twice in turn: enough for every change to reach everyone. */
export async function syncAll(pcs: readonly SimulatedPc[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const pc of pcs) await pc.sync();
}

/** A copied browser profile / restored backup: every table, byte for byte, without capturing anything. */
export async function cloneDatabase(source: KonventDatabase): Promise<KonventDatabase> {
  const copy = new KonventDatabase(`clone-${Math.random().toString(36).slice(2)}`);
  await copy.open();
  const names = source.tables.map((table) => table.name);
  const contents = new Map<string, unknown[]>();
  for (const name of names) contents.set(name, await source.table(name).toArray());
  await copy.transaction('rw', names, async (tx) => {
    markSyncTransaction(tx.idbtrans);
    for (const name of names) await copy.table(name).bulkPut(contents.get(name)!);
  });
  return copy;
}
