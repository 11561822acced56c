// The three PCs that write the folder are Node databases (fake-indexeddb); the new PC that joins is Chromium's real IndexedDB.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fastFolder, makeSyncDir, SimulatedPc } from '../../unit/renderer/sync/support/simulatedPc';
import { domainTableNames } from '../../../shared/domain/tables';
import type { Dataset } from '../dataset/generateTenYears';
import { seededRandom } from '../dataset/seededRandom';

export interface FolderFile {
  path: string;
  base64: string;
}

export interface TenYearFolder {
  /** The folder as a new PC finds it: snapshot + logs of three PCs. */
  files: FolderFile[];
  /** What one more remote change adds (a new segment and head of another PC). */
  incrementalFiles: FolderFile[];
  /** The final rows every PC converged to (the bulkPut floor writes exactly these). */
  finalRows: Record<string, unknown[]>;
  /**
   * The sync tables of the PC that typed the data in (its captured ops, field clocks, cursors,
   * device clock): loaded with the final rows, the app's database is that PC's, history included.
   */
  syncRows: Record<string, unknown[]>;
  opCount: number;
  cleanup: () => void;
}

function readAll(root: string, dir = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(root, rel)).isDirectory()) for (const [p, c] of readAll(root, rel)) files.set(p, c);
    else files.set(rel, readFileSync(path.join(root, rel)).toString('base64'));
  }
  return files;
}

/**
 * Three office PCs share a real temp folder: the first enters the dataset, all three then edit and
 * delete over "ten years" and sync now and then, so the folder holds logs and snapshots of three
 * devices as in real use. `edits` tunes the change history (about 50,000 ops at full size).
 */
export async function buildTenYearFolder(dataset: Dataset, edits: number, seed = 7): Promise<TenYearFolder> {
  const random = seededRandom(seed);
  const { dir, cleanup } = makeSyncDir();
  const pcs = ['Sekretariat Zwickau', 'Geschäftsstelle Chemnitz', 'Landratsamt Freiberg'].map(
    (name) => new SimulatedPc(name, fastFolder(dir), { snapshotEvery: 5000 }),
  );
  const [first] = pcs as [SimulatedPc];
  await first.db.transaction('rw', Object.keys(dataset).map((t) => first.db.table(t)), async () => {
    for (const [table, rows] of Object.entries(dataset)) await first.db.table(table).bulkPut(rows);
  });
  for (const pc of pcs) {
    await pc.join();
    await pc.sync();
  }
  const agenda = dataset.agendaItems.map((r) => r.id);
  const originalNotes = new Map(dataset.agendaItems.map((r) => [r.id, r.notes]));
  const attendance = dataset.attendance.map((r) => r.id);
  const actions = dataset.actionItems.map((r) => r.id);
  for (let i = 0; i < edits; i += 1) {
    const pc = pcs[i % pcs.length]!;
    const roll = random.next();
    if (roll < 0.5) {
      // An edit of the minutes text keeps the text (1–3 KB) and changes its last line, as a secretary does.
      const id = random.pick(agenda);
      await pc.db.table('agendaItems').update(id, { notes: `${originalNotes.get(id)}\n\nErgänzt (${i}): Die Geschäftsstelle nimmt die Hinweise auf.` });
    } else if (roll < 0.8) {
      await pc.db.table('attendance').update(random.pick(attendance), { status: random.chance(0.5) ? 'present' : 'excused', reason: 'nachgetragen' });
    } else if (roll < 0.997) {
      await pc.db.table('actionItems').update(random.pick(actions), { status: 'done', doneAt: '2025-12-31' });
    } else {
      const id = actions.splice(random.int(0, actions.length - 1), 1)[0];
      if (id) await pc.db.table('actionItems').delete(id);
    }
    if (i % 500 === 499) await pc.sync();
  }
  for (let round = 0; round < 2; round += 1) for (const pc of pcs) await pc.sync();
  let opCount = 0;
  for (const pc of pcs) opCount += await pc.db.table('_outbox').count();

  const files = readAll(dir);
  // One more change on another PC: the files it adds or rewrites are the incremental step.
  await pcs[1]!.db.table('agendaItems').update(agenda[0]!, { notes: 'Eine neue Änderung aus Chemnitz.' });
  await pcs[1]!.sync();
  const after = readAll(dir);
  const incrementalFiles = [...after].filter(([p, c]) => files.get(p) !== c && !p.includes('/tmp/')).map(([p, base64]) => ({ path: p, base64 }));

  const finalRows: Record<string, unknown[]> = {};
  for (const table of domainTableNames) finalRows[table] = await first.db.table(table).toArray();
  const syncRows: Record<string, unknown[]> = {};
  for (const table of ['_outbox', '_clock', '_cursors', '_conflicts']) syncRows[table] = await first.db.table(table).toArray();
  // The device clock only: no folder connection (the benchmark's app has no folder to reach).
  syncRows._device = await first.db.table('_device').where('key').equals('clock').toArray();
  for (const pc of pcs) pc.db.close();
  return {
    files: [...files].filter(([p]) => !p.includes('/tmp/')).map(([p, base64]) => ({ path: p, base64 })),
    incrementalFiles,
    finalRows,
    syncRows,
    opCount,
    cleanup,
  };
}
