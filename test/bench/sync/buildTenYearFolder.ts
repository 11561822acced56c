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

type Edit = { table: string; id: string; change: Record<string, unknown> | 'delete' };

/** A PC's edits in one transaction: per table, the changed rows in one bulkPut (in edit order), then the deletions. */
async function applyEdits(pc: SimulatedPc, edits: readonly Edit[]): Promise<void> {
  if (edits.length === 0) return;
  const tables = [...new Set(edits.map((e) => e.table))];
  await pc.db.transaction('rw', tables, async () => {
    for (const table of tables) {
      const ofTable = edits.filter((e) => e.table === table);
      const ids = [...new Set(ofTable.map((e) => e.id))];
      const current = new Map<string, Record<string, unknown> | undefined>(
        ((await pc.db.table(table).bulkGet(ids)) as (Record<string, unknown> | undefined)[]).map((row, i) => [ids[i]!, row]),
      );
      const puts: Record<string, unknown>[] = [];
      const deletes: string[] = [];
      for (const edit of ofTable) {
        const row = current.get(edit.id);
        // As Table.update: a row that is gone (deleted here or by another PC) stays gone.
        if (!row) continue;
        if (edit.change === 'delete') {
          deletes.push(edit.id);
          current.set(edit.id, undefined);
          continue;
        }
        const next = { ...row, ...edit.change };
        current.set(edit.id, next);
        puts.push(next);
      }
      if (puts.length > 0) await pc.db.table(table).bulkPut(puts);
      if (deletes.length > 0) await pc.db.table(table).bulkDelete(deletes);
    }
  });
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
  const dueOf = new Map(dataset.actionItems.map((r) => [r.id, r.due]));
  // Between two syncs a PC makes its share of 500 edits (a secretary's weeks). Each PC writes its
  // share in one transaction, each table's rows in one bulkPut as the app's lists do, so capture
  // reads and writes each field-clock page once per share rather than once per edit; the ops are
  // the same as from edit-by-edit updates (a row edited twice chains its ops).
  const SYNC_EVERY = 500;
  for (let block = 0; block < edits; block += SYNC_EVERY) {
    const shares: Edit[][] = pcs.map(() => []);
    const end = Math.min(edits, block + SYNC_EVERY);
    for (let i = block; i < end; i += 1) {
      const share = shares[i % pcs.length]!;
      const roll = random.next();
      if (roll < 0.5) {
        // An edit of the minutes text keeps the text (1–3 KB) and changes its last line, as a secretary does.
        const id = random.pick(agenda);
        share.push({ table: 'agendaItems', id, change: { notes: `${originalNotes.get(id)}\n\nErgänzt (${i}): Die Geschäftsstelle nimmt die Hinweise auf.` } });
      } else if (roll < 0.8) {
        share.push({ table: 'attendance', id: random.pick(attendance), change: { status: random.chance(0.5) ? 'present' : 'excused', reason: 'nachgetragen' } });
      } else if (roll < 0.997) {
        // Ticked off as done on its due date (a date in 2025-12-31 would keep every such item in the
        // "Stand der offenen Aufgaben" of every later sitting: ~700 rows at ten years, no secretariat has that).
        const id = random.pick(actions);
        share.push({ table: 'actionItems', id, change: { status: 'done', doneAt: dueOf.get(id) ?? '2025-12-28' } });
      } else {
        const id = actions.splice(random.int(0, actions.length - 1), 1)[0];
        if (id) share.push({ table: 'actionItems', id, change: 'delete' });
      }
    }
    for (const [n, share] of shares.entries()) await applyEdits(pcs[n]!, share);
    if (end % SYNC_EVERY === 0) await pcs[(end - 1) % pcs.length]!.sync();
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
