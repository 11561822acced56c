// The sync engine in Node (fake-indexeddb): how many captured ops per second a PC applies from the others.
import 'fake-indexeddb/auto';
import { fastFolder, makeSyncDir, SimulatedPc } from '../../unit/renderer/sync/support/simulatedPc';
import Dexie from 'dexie';
import { stableId } from '../../../shared/domain/stableId';
import { schemaVersions } from '../../../renderer/db/schemaVersions';

export interface SyncThroughput {
  /** Ops each PC captured (and published). */
  opsPerPc: number;
  /** Ops applied in all: each of the three PCs applies the other two's. */
  appliedOps: number;
  applyMs: number;
  appliedOpsPerSec: number;
  /**
   * CPU time of this process while applying (user + system): on a shared machine the wall clock
   * also counts other processes' turns; this does not. Shown beside the budget, never instead of it.
   */
  applyCpuMs: number;
  appliedOpsPerCpuSec: number;
  /** The floor: fake-indexeddb alone, a plain bulkPut of the same rows into two PCs' tables each (ops-equivalents per second, 9 fields a row). */
  bulkPutFloorOpsPerSec: number;
}

/**
 * Three PCs each capture about `opsPerPc` ops (new persons, 9 fields each = 9 ops) and publish
 * them; then each PC syncs and applies the other two's logs. Timed: the three applying syncs.
 */
/** Each PC's rows of the other two written by a plain Dexie bulkPut (no capture, no sync tables): fake-indexeddb's own cost. */
async function bulkPutFloor(persons: readonly Record<string, unknown>[][]): Promise<number> {
  let ms = 0;
  let fields = 0;
  for (const [n] of persons.entries()) {
    const db = new Dexie(`sync-bench-floor-${n}-${Math.random().toString(36).slice(2)}`);
    for (const schema of schemaVersions) db.version(schema.version).stores(schema.stores);
    await db.open();
    const rows = persons.filter((_, other) => other !== n).flat();
    const started = performance.now();
    await db.transaction('rw', 'persons', () => db.table('persons').bulkPut(rows));
    ms += performance.now() - started;
    fields += rows.length * 9;
    db.close();
  }
  return Math.round(fields / (ms / 1000));
}

export async function measureSyncThroughput(opsPerPc = 10_000): Promise<SyncThroughput> {
  const { dir, cleanup } = makeSyncDir();
  const pcs = ['Zwickau', 'Chemnitz', 'Freiberg'].map((name) => new SimulatedPc(name, fastFolder(dir), { snapshotEvery: 1_000_000 }));
  try {
    for (const pc of pcs) await pc.join();
    const counts: number[] = [];
    const persons: Record<string, unknown>[][] = [];
    for (const [index, pc] of pcs.entries()) {
      const before = await pc.db.table('_outbox').count();
      const mine = Array.from({ length: Math.ceil(opsPerPc / 9) }, (_, i) => ({
        id: stableId(`sync-bench:${index}:${i}`),
        updatedAt: '2026-01-01T00:00:00.000Z',
        title: '',
        firstName: `Vorname ${i}`,
        lastName: `Nachname ${index}-${i}`,
        function: 'Geschäftsführerin',
        organization: 'Region Südwestsachsen',
        email: '',
        phone: '',
        notes: '',
      }));
      persons.push(mine);
      for (let from = 0; from < mine.length; from += 500) await pc.db.table('persons').bulkPut(mine.slice(from, from + 500));
      counts.push((await pc.db.table('_outbox').count()) - before);
      await pc.sync();
    }
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    for (const pc of pcs) await pc.sync();
    const applyMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const applyCpuMs = (cpu.user + cpu.system) / 1000;
    for (const pc of pcs) {
      const rows = await pc.db.table('persons').count();
      if (rows < pcs.length * Math.ceil(opsPerPc / 9)) throw new Error(`${pc.name}: ${rows} Personen, nicht alle angekommen`);
    }
    const total = counts.reduce((a, b) => a + b, 0);
    const appliedOps = total * (pcs.length - 1);
    return {
      opsPerPc: Math.round(total / pcs.length),
      appliedOps,
      applyMs,
      appliedOpsPerSec: Math.round(appliedOps / (applyMs / 1000)),
      applyCpuMs,
      appliedOpsPerCpuSec: Math.round(appliedOps / (applyCpuMs / 1000)),
      bulkPutFloorOpsPerSec: await bulkPutFloor(persons),
    };
  } finally {
    for (const pc of pcs) pc.db.close();
    cleanup();
  }
}
