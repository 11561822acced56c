import { MAX_SEQ } from './folderLayout';
import { isFieldStateRecord } from './fieldStateGuard';
import { snapshotSchema, type Snapshot, type SnapshotRow } from './formats';
import { DEVICE_ID_PATTERN, isHlc } from './hlc';

/**
 * A parsed snapshot file checked against snapshotSchema (formats.ts). A ten-year snapshot holds
 * some 30,000 rows, and the schema library (without its compiler: the app's CSP forbids eval)
 * spends most of a new PC's snapshot read on them. The rows are therefore checked by hand first;
 * only what that check does not accept goes to the schema, which then decides (and whose result
 * is returned). The hand check accepts nothing the schema refuses and returns what the schema
 * would: known keys only (test/unit/shared/sync/snapshotShape.test.ts holds the two together).
 */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
const isName = (value: unknown): value is string => typeof value === 'string' && NAME.test(value) && !FORBIDDEN_NAMES.has(value);

function plainRow(raw: unknown): SnapshotRow | null {
  if (!isPlainObject(raw)) return null;
  const { table, id, data, fields } = raw;
  if (!isName(table) || typeof id !== 'string' || id.length < 1 || id.length > 200) return null;
  // A key that would change the copy's prototype is left to the schema.
  if (!isPlainObject(data) || Object.hasOwn(data, '__proto__') || !isFieldStateRecord(fields)) return null;
  return { table, id, data, fields };
}

function plainSnapshot(raw: unknown): Snapshot | null {
  if (!isPlainObject(raw)) return null;
  const { format, v, deviceId, hlc, createdAt, covers, rows } = raw;
  if (format !== 'konvent-snapshot' || v !== 1 || typeof deviceId !== 'string' || !DEVICE_ID_PATTERN.test(deviceId)) return null;
  if (!isHlc(hlc) || typeof createdAt !== 'string' || !isPlainObject(covers) || !Array.isArray(rows)) return null;
  for (const [device, seq] of Object.entries(covers)) {
    if (!DEVICE_ID_PATTERN.test(device) || typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || seq > MAX_SEQ) return null;
  }
  const checked: SnapshotRow[] = new Array<SnapshotRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = plainRow(rows[i]);
    if (!row) return null;
    checked[i] = row;
  }
  return { format, v, deviceId, hlc, createdAt, covers: { ...covers } as Record<string, number>, rows: checked };
}

/** The snapshot, or null when the value is not one (the schema's verdict). */
export function readSnapshotShape(raw: unknown): Snapshot | null {
  const plain = plainSnapshot(raw);
  if (plain) return plain;
  const parsed = snapshotSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
