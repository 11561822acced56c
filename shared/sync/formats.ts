import { z } from 'zod';
import { DEVICE_ID_PATTERN, isHlc } from './hlc';
import { MAX_SEQ } from './folderLayout';
import { isFieldStateRecord } from './fieldStateGuard';

/** The zod schemas of every file in the sync folder, format version 1 (DESIGN.md §4). */
export const FORMAT_NAME = 'konvent-sync';
export const FORMAT_VERSION = 1;

export const hlcSchema = z.string().refine(isHlc, 'Ungültiger Zeitstempel');
export const deviceIdSchema = z.string().regex(DEVICE_ID_PATTERN, 'Ungültige Gerätekennung');
export const seqSchema = z.number().int().min(1).max(MAX_SEQ);
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const nameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
  .refine((name) => !FORBIDDEN_NAMES.has(name), 'Unzulässiger Name');

/** Rule folder-id: 1–64 letters, digits or '-', compared exactly (a UUID is fine; this app writes 32 lowercase hex). */
export const FOLDER_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** konvent-sync.json: written once by the first PC, never rewritten. */
export const formatFileSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  folderId: z.string().regex(FOLDER_ID_PATTERN),
  createdAt: z.string(),
});
export type FormatFile = z.infer<typeof formatFileSchema>;

/** devices/<deviceId>/head.json */
export const headSchema = z.object({
  deviceId: deviceIdSchema,
  name: z.string().max(200),
  appVersion: z.string().max(50),
  lastSeq: z.number().int().min(0).max(MAX_SEQ),
  cursors: z.record(deviceIdSchema, z.number().int().min(0).max(MAX_SEQ)),
  updatedAt: z.string().datetime({ offset: true }),
});
export type DeviceHead = z.infer<typeof headSchema>;

/**
 * One field change (unknown extra keys are ignored, rule op-extra): `prev` is the field's clock the writer had seen (null: none). A delete is the
 * field `_deleted` = true. A missing `value` means the field was removed from the row.
 */
export const syncOpSchema = z
  .object({
    seq: seqSchema,
    hlc: hlcSchema,
    table: nameSchema,
    id: z.string().min(1).max(200),
    field: nameSchema.refine((field) => field !== 'id', 'Die Kennung ist kein Feld'),
    value: z.unknown().optional(),
    prev: hlcSchema.nullable(),
  });
export type SyncOp = z.infer<typeof syncOpSchema>;

export { DELETED_FIELD } from './deletedField';

/** The first line of a segment: sha256 is the hash of everything after that line. */
export const segmentHeaderSchema = z.object({
  v: z.literal(1),
  deviceId: deviceIdSchema,
  first: seqSchema,
  last: seqSchema,
  count: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/),
});
export type SegmentHeader = z.infer<typeof segmentHeaderSchema>;

/**
 * A field's merge state (see fieldMerge.ts): h = clock of the current value; s = clocks that some
 * writer named as `prev` (it had seen them and overwrote them); v = keys of the values of those
 * seen ops; l = concurrent losers nobody had seen, kept with their value. Sorted, so equal states
 * are equal JSON.
 */
export const loserSchema = z.object({ h: hlcSchema, v: z.unknown().optional(), k: z.string() });
export const fieldStateSchema = z.object({
  h: hlcSchema,
  s: z.array(hlcSchema).optional(),
  v: z.array(z.string()).optional(),
  l: z.array(loserSchema).optional(),
});
export type FieldState = z.infer<typeof fieldStateSchema>;
export type Loser = z.infer<typeof loserSchema>;

/** devices/<deviceId>/snapshots/<hlc>.json.gz (gzip of this JSON). */
export const snapshotSchema = z.object({
  format: z.literal('konvent-snapshot'),
  v: z.literal(1),
  deviceId: deviceIdSchema,
  hlc: hlcSchema,
  createdAt: z.string(),
  /** Per device: every op up to this seq is contained. */
  covers: z.record(deviceIdSchema, z.number().int().min(0).max(MAX_SEQ)),
  rows: z.array(
    z.object({
      table: nameSchema,
      id: z.string().min(1).max(200),
      data: z.record(z.string(), z.unknown()),
      // fieldStateSchema's rules, checked by hand: see fieldStateGuard.ts.
      fields: z.custom<Record<string, FieldState>>(isFieldStateRecord, 'Ungültige Feldzustände'),
    }),
  ),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotRow = Snapshot['rows'][number];
