import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { DELETED_FIELD } from '../../../shared/sync/deletedField';
import type { SyncOp } from '../../../shared/sync/formats';
import { applyOps, diffFields, type RowState } from '../../../shared/sync/rowState';
import { existingOrNewClock, issueStamps } from './deviceClock';
import { capturedProblem, loadRows, saveRows, toRowState, type CoreIO, type StoredRow } from './rowStore';
import { CAPTURE_TABLES, DEVICE, OUTBOX, type DeviceClockRow } from './syncTables';
import { takeTurn } from './transactionTurns';
import { toNfc } from '../../../shared/sync/nfc';

/**
 * Change capture (DESIGN.md §4): a DBCore middleware that turns every write to a domain table into
 * field ops in _outbox, in the same transaction as the write, so a change and its op are stored
 * together or not at all. It sees put, add, update/modify, delete, bulk* and clear alike, because
 * they all reach DBCore as mutate(). Transactions of the sync engine are marked and pass through:
 * ops applied from sync are not captured again.
 */
const syncApplyTransactions = new WeakSet<object>();

/** Marks a transaction as the sync engine's: its writes are not captured. */
export function markSyncTransaction(trans: object): void {
  syncApplyTransactions.add(trans);
}

export interface CaptureOptions {
  domainTables: readonly string[];
  now: () => number;
}

export function changeCaptureMiddleware(options: CaptureOptions): Middleware<DBCore> {
  const domain = new Set(options.domainTables);
  return {
    stack: 'dbcore',
    name: 'KonventChangeCapture',
    level: 10,
    create(down) {
      return {
        ...down,
        transaction(stores, mode, transactionOptions) {
          // Widen every writing transaction on a domain table to the tables capture writes.
          const widened = mode === 'readwrite' && stores.some((s) => domain.has(s)) ? [...new Set([...stores, ...CAPTURE_TABLES])] : stores;
          return down.transaction(widened, mode, transactionOptions);
        },
        table(name) {
          const table = down.table(name);
          if (!domain.has(name)) return table;
          return { ...table, mutate: (req) => captureMutate(down, table, req, options) };
        },
      };
    },
  };
}

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as Partial<IDBTransaction>).mode === 'versionchange';
}

function captureMutate(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest, options: CaptureOptions): Promise<DBCoreMutateResponse> {
  if (syncApplyTransactions.has(req.trans) || isUpgrade(req.trans)) return table.mutate(req);
  return takeTurn(req.trans, () => capture(down, table, req, options));
}

function capture(down: DBCore, table: DBCoreTable, original: DBCoreMutateRequest, options: CaptureOptions): Promise<DBCoreMutateResponse> {
  // Text is kept in NFC, so the same name typed on a Mac (NFD) and on Windows is one value.
  const req = original.type === 'add' || original.type === 'put' ? { ...original, values: toNfc(original.values) } : original;
  const io: CoreIO = { table: (name) => down.table(name), trans: req.trans };
  const device = down.table(DEVICE);
  // Promise chains on Dexie's promises only (see rowStore.ts): the transaction zone must survive.
  return keysOf(table, req).then((keys) => {
    if (keys.length === 0) return table.mutate(req);
    return Dexie.Promise.all([loadRows(io, table.name, [...new Set(keys)]), device.get({ trans: req.trans, key: 'clock' })]).then(
      ([storedRows, clockRow]) => {
        const stored = new Map(storedRows.map((row) => [row.id, row]));
        return table.mutate(req).then((response) => {
          const clock = existingOrNewClock(clockRow as DeviceClockRow | undefined);
          const { ops, states } = opsOfWrite(table.name, req, keys, response, stored, clock, options.now());
          if (ops.length === 0) return response;
          const shown = req.type === 'add' || req.type === 'put';
          const written = [...new Set(ops.map((op) => op.id))].map((id) => ({ stored: stored.get(id) as StoredRow, after: states.get(id)!, shown }));
          const chain = Dexie.Promise.all([
            down.table(OUTBOX).mutate({ type: 'add', trans: req.trans, values: ops }),
            device.mutate({ type: 'put', trans: req.trans, values: [clock] }),
          ]).then(() => saveRows(io, table.name, written, { writeDomain: false, problemOf: capturedProblem }));
          return chain.then(() => response);
        });
      },
    );
  });
}

/** The field ops of one mutate request, stamped in order; rows written twice in one request chain up. */
function opsOfWrite(
  tableName: string,
  req: DBCoreMutateRequest,
  keys: string[],
  response: DBCoreMutateResponse,
  stored: Map<string, StoredRow>,
  clock: DeviceClockRow,
  now: number,
): { ops: SyncOp[]; states: Map<string, RowState> } {
  const states = new Map<string, RowState>();
  const ops: SyncOp[] = [];
  keys.forEach((id, index) => {
    if (response.failures[index]) return;
    const storedRow = stored.get(id)!;
    let state = states.get(id) ?? toRowState(storedRow);
    const existed = states.has(id) || storedRow.visible !== undefined || storedRow.clock !== undefined;
    const changes =
      req.type === 'add' || req.type === 'put'
        ? diffFields(existed ? state.data : undefined, req.values[index] as Record<string, unknown>)
        : existed && state.data[DELETED_FIELD] !== true
          ? [{ field: DELETED_FIELD, value: true }]
          : [];
    for (const change of changes) {
      const [stamp] = issueStamps(clock, 1, now);
      const op: SyncOp = { seq: stamp!.seq, hlc: stamp!.hlc, table: tableName, id, field: change.field, prev: state.fields[change.field]?.h ?? null };
      if (change.value !== undefined) op.value = change.value;
      ops.push(op);
      state = applyOps(state, [op]);
    }
    states.set(id, state);
  });
  return { ops, states };
}

function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  switch (req.type) {
    case 'add':
    case 'put': {
      const extract = table.schema.primaryKey.extractKey;
      return Dexie.Promise.resolve(req.values.map((value, i) => String(req.keys?.[i] ?? extract?.(value))));
    }
    case 'delete':
      return Dexie.Promise.resolve(req.keys.map(String));
    case 'deleteRange':
      return table
        .query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: false })
        .then((found) => (found.result as unknown[]).map(String));
  }
}
