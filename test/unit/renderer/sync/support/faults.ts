import { expect } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeSegment } from '../../../../../shared/sync/segment';
import { logDir, segmentName } from '../../../../../shared/sync/folderLayout';
import type { SyncOp } from '../../../../../shared/sync/formats';
import type { BadFileRow } from '../../../../../renderer/db/sync/syncTables';
import type { SimulatedPc } from './simulatedPc';

/** Every value ever written to the field is the current value on the PC, or listed as a conflict there. */
export async function expectEveryValueKept(pc: SimulatedPc, table: string, id: string, field: string, written: readonly unknown[]): Promise<void> {
  const current = ((await pc.db.table(table).get(id)) as Record<string, unknown> | undefined)?.[field];
  const listed = (await pc.conflicts()).filter((c) => c.table === table && c.rowId === id && c.field === field).flatMap((c) => [c.winner?.value, c.loser?.v]);
  for (const value of written) {
    const kept = JSON.stringify(current) === JSON.stringify(value) || listed.some((v) => JSON.stringify(v) === JSON.stringify(value));
    expect(kept, `${pc.name}: "${String(value)}" is neither current ("${String(current)}") nor a conflict`).toBe(true);
  }
}

/** The bad-file rows the sync screen lists (path → problem). */
export async function listedBadFiles(pc: SimulatedPc): Promise<Record<string, string>> {
  const rows = (await pc.db.table('_badFiles').toArray()) as BadFileRow[];
  return Object.fromEntries(rows.filter((row) => row.listed).map((row) => [row.path, row.problem]));
}

/** The own segment files of a PC, oldest first. */
export function ownSegmentFiles(dir: string, deviceId: string): string[] {
  return readdirSync(path.join(dir, logDir(deviceId)))
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => path.join(dir, logDir(deviceId), name));
}

/** A segment written by another writer (a PC that only exists as files). */
export function plantSegment(dir: string, deviceId: string, ops: SyncOp[]): string {
  const file = path.join(dir, logDir(deviceId), segmentName(ops[0]!.seq, ops[ops.length - 1]!.seq));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, encodeSegment(deviceId, ops).bytes);
  return file;
}
