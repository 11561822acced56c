import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEVICES_DIR, logDir, tmpDir } from '../../../../../shared/sync/folderLayout';
import { CloudDelay } from '../support/delayedFolder';
import { convergedState, fastFolder, makeSyncDir, personRow, SimulatedPc, testId } from '../support/simulatedPc';

/**
 * Must-prove 1: two and three PCs (separate databases, one real temp folder) converge to identical
 * data after random edits and syncs in random order, with duplicated and delayed files; every
 * value ever written is the current value, or in the conflicts list, or was on the screen of the
 * PC that overwrote it.
 */
// Few rows and fields, so PCs often change the same field without having seen each other's change.
const FIELDS = ['firstName', 'email', 'notes'] as const;

const action = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), pc: fc.nat(2) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), pc: fc.nat(2), pick: fc.nat(20), field: fc.constantFrom(...FIELDS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pc: fc.nat(2), pick: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('recreate' as const), pc: fc.nat(2), pick: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), pc: fc.nat(2) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pc: fc.nat(2), pick: fc.nat(50), count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), pick: fc.nat(50) }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

interface Write {
  id: string;
  field: string;
  value: string;
  /** The value the writing PC had on screen when it overwrote it. */
  saw: unknown;
}

const dirs: (() => void)[] = [];
afterAll(() => dirs.forEach((cleanup) => cleanup()));

async function runSchedule(pcCount: number, actions: Action[]): Promise<void> {
  const { dir, cleanup } = makeSyncDir();
  dirs.push(cleanup);
  const cloud = new CloudDelay(fastFolder(dir));
  const pcs = Array.from({ length: pcCount }, (_, i) => new SimulatedPc(`pc${i}`, cloud.view(`pc${i}`)));
  const writes: Write[] = [];
  const overwritten: { id: string; field: string; value: unknown }[] = [];
  const ids: string[] = [];
  let counter = 0;
  const unique = (field: string) => (field === 'email' ? `v${++counter}@example.org` : `${field}-${++counter}`);

  const create = async (pc: SimulatedPc) => {
    const id = testId(ids.length + 1);
    ids.push(id);
    const firstName = unique('firstName');
    const lastName = unique('lastName');
    await pc.db.domain('persons').put(personRow(id, { firstName, lastName }));
    writes.push({ id, field: 'firstName', value: firstName, saw: undefined }, { id, field: 'lastName', value: lastName, saw: undefined });
  };

  await create(pcs[0]!);
  await create(pcs[0]!);
  for (const pc of pcs) await pc.join();
  // Every PC starts with the two rows of pc0.
  await pcs[0]!.sync();
  for (const pc of pcs.slice(1)) {
    await cloud.deliverAll(pc.name);
    await pc.sync();
  }

  for (const step of actions) {
    const pc = pcs['pc' in step ? step.pc % pcCount : 0]!;
    switch (step.kind) {
      case 'create':
        await create(pc);
        break;
      case 'edit': {
        const rows = await pc.db.domain('persons').toArray();
        const row = rows[step.pick % Math.max(1, rows.length)];
        if (!row) break;
        const value = unique(step.field);
        writes.push({ id: row.id, field: step.field, value, saw: row[step.field] });
        await pc.db.domain('persons').update(row.id, { [step.field]: value, updatedAt: new Date(pc.db.wallClock()).toISOString() });
        break;
      }
      case 'delete': {
        const rows = await pc.db.domain('persons').toArray();
        const row = rows[step.pick % Math.max(1, rows.length)];
        if (row) await pc.db.domain('persons').delete(row.id);
        break;
      }
      case 'recreate': {
        const deleted: string[] = [];
        for (const id of ids) if ((await pc.rowState('persons', id)).data._deleted === true) deleted.push(id);
        const id = deleted[step.pick % Math.max(1, deleted.length)];
        if (!id) break;
        const before = await pc.rowState('persons', id);
        const firstName = unique('firstName');
        writes.push({ id, field: 'firstName', value: firstName, saw: before.data.firstName });
        // Bringing the row back overwrites every field this PC still held for it.
        for (const field of FIELDS) if (field !== 'firstName') overwritten.push({ id, field, value: before.data[field] });
        await pc.db.domain('persons').put(personRow(id, { firstName, lastName: before.data.lastName }));
        break;
      }
      case 'sync':
        await pc.sync();
        break;
      case 'deliver': {
        const name = pc.name;
        const pending = await cloud.pending(name);
        for (let i = 0; i < step.count && pending.length > 0; i++) {
          const [path] = pending.splice((step.pick + i * 7) % pending.length, 1);
          await cloud.deliver(name, path!);
        }
        break;
      }
      case 'copy': {
        const segments: { path: string; device: string }[] = [];
        for (const device of (await fastFolder(dir).list(DEVICES_DIR)) ?? []) {
          for (const entry of (await fastFolder(dir).list(logDir(device.name))) ?? []) {
            if (entry.name.endsWith('.jsonl') && !entry.name.includes(' ')) segments.push({ path: `${logDir(device.name)}/${entry.name}`, device: device.name });
          }
        }
        const chosen = segments[step.pick % Math.max(1, segments.length)];
        if (!chosen) break;
        const bytes = (await fastFolder(dir).read(chosen.path))!;
        const copy = chosen.path.replace(/\.jsonl$/, '-Konflikt-PC2.jsonl');
        await cloud.addForeignFile(copy, bytes, tmpDir(chosen.device));
        break;
      }
    }
  }

  // Everything arrives in the end; two rounds carry every change everywhere.
  for (let round = 0; round < 2; round++) {
    for (const pc of pcs) {
      await cloud.deliverAll(pc.name);
      await pc.sync();
    }
  }

  const reference = await convergedState(pcs[0]!.db);
  for (const pc of pcs.slice(1)) expect(await convergedState(pc.db), `${pc.name} equals pc0`).toEqual(reference);

  const conflicts = await pcs[0]!.conflicts();
  for (const write of writes) {
    const row = await pcs[0]!.rowState('persons', write.id);
    const current = row.data[write.field] === write.value;
    const kept = conflicts.some((c) => c.rowId === write.id && c.field === write.field && c.loser?.v === write.value);
    const seen =
      writes.some((other) => other.id === write.id && other.field === write.field && other.saw === write.value) ||
      overwritten.some((other) => other.id === write.id && other.field === write.field && other.value === write.value);
    expect(current || kept || seen, `${write.field}=${write.value} of ${write.id} was lost`).toBe(true);
  }
}

describe('convergence of PCs through one folder (property)', () => {
  it('two and three PCs converge after random edits, syncs and deliveries; nothing written is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3 }), fc.array(action, { minLength: 4, maxLength: 16 }), (pcCount, actions) => runSchedule(pcCount, actions)),
      { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 200) },
    );
  }, 300_000);
});
