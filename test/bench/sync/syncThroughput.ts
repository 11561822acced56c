// The sync engine in Node (fake-indexeddb): how many captured ops per second a PC applies from the others.
import 'fake-indexeddb/auto';
import { fastFolder, makeSyncDir, SimulatedPc } from '../../unit/renderer/sync/support/simulatedPc';
import { stableId } from '../../../shared/domain/stableId';

export interface SyncThroughput {
  /** Ops each PC captured (and published). */
  opsPerPc: number;
  /** Ops applied in all: each of the three PCs applies the other two's. */
  appliedOps: number;
  applyMs: number;
  appliedOpsPerSec: number;
}

/**
 * Three PCs each capture about `opsPerPc` ops (new persons, 9 fields each = 9 ops) and publish
 * them; then each PC syncs and applies the other two's logs. Timed: the three applying syncs.
 */
export async function measureSyncThroughput(opsPerPc = 10_000): Promise<SyncThroughput> {
  const { dir, cleanup } = makeSyncDir();
  const pcs = ['Zwickau', 'Chemnitz', 'Freiberg'].map((name) => new SimulatedPc(name, fastFolder(dir), { snapshotEvery: 1_000_000 }));
  try {
    for (const pc of pcs) await pc.join();
    const counts: number[] = [];
    for (const [index, pc] of pcs.entries()) {
      const before = await pc.db.table('_outbox').count();
      const persons = Array.from({ length: Math.ceil(opsPerPc / 9) }, (_, i) => ({
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
      for (let from = 0; from < persons.length; from += 500) await pc.db.table('persons').bulkPut(persons.slice(from, from + 500));
      counts.push((await pc.db.table('_outbox').count()) - before);
      await pc.sync();
    }
    const started = performance.now();
    for (const pc of pcs) await pc.sync();
    const applyMs = performance.now() - started;
    for (const pc of pcs) {
      const rows = await pc.db.table('persons').count();
      if (rows < pcs.length * Math.ceil(opsPerPc / 9)) throw new Error(`${pc.name}: ${rows} Personen, nicht alle angekommen`);
    }
    const total = counts.reduce((a, b) => a + b, 0);
    const appliedOps = total * (pcs.length - 1);
    return { opsPerPc: Math.round(total / pcs.length), appliedOps, applyMs, appliedOpsPerSec: Math.round(appliedOps / (applyMs / 1000)) };
  } finally {
    for (const pc of pcs) pc.db.close();
    cleanup();
  }
}
