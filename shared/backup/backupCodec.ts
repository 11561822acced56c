import { domainTableNames, domainTableSchemas, isDomainTableName } from '../domain/tables';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupEnvelopeHeadSchema,
  countRows,
  type BackupContent,
  type BackupEnvelope,
} from './backupFormat';
import { gunzipText, gzipPieces, UnpackedTooLargeError } from './gzip';
import { contentPieces } from './backupWriter';
import { joinBytes } from './joinBytes';
import { timeSlicer, type TimeSlicer } from './timeSlices';
import { nestedDeeperThan } from './jsonDepth';
import { checkKeys, type DatabaseShape, type KeyProblem } from './restoreChecks';
import { missingReferences, type MissingReferences } from './backupReferences';
import { backupRowLabel } from './rowLabel';
import { sha256HexAsync } from '../hashing/sha256Async';

/** Why a file is not a restorable backup. The renderer turns each into a German sentence. */
export type BackupProblem =
  | { code: 'too-large' }
  | { code: 'unpacks-too-large' }
  | { code: 'too-deep' }
  | { code: 'not-readable' }
  | { code: 'not-konvent' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'newer-schema'; schemaVersion: number }
  | { code: 'hash-mismatch' }
  | { code: 'missing-table'; table: string }
  | { code: 'unknown-table'; table: string }
  | { code: 'invalid-row'; table: string; index: number; label: string | null; field: string; reason: InvalidReason }
  | { code: 'duplicate-id'; table: string; id: string }
  | { code: 'count-mismatch'; table: string }
  | KeyProblem;

/** Why a field is invalid, in terms the renderer puts into words (never zod's English text). */
export type InvalidReason = 'missing' | 'wrong-type' | 'too-small' | 'too-big' | 'format' | 'value';

function invalidReason(issue: { code: string } | undefined, value: unknown): InvalidReason {
  switch (issue?.code) {
    case 'invalid_type':
      return value === undefined ? 'missing' : 'wrong-type';
    case 'too_small':
      return 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_format':
      return 'format';
    default:
      return 'value';
  }
}

/** What the user should know before confirming, though the file can be restored. */
export interface BackupWarnings {
  missingReferences: MissingReferences[];
}

export type DecodeResult = { ok: true; backup: BackupEnvelope; warnings: BackupWarnings } | { ok: false; problem: BackupProblem };

/**
 * The most a backup may unpack to: 128 MiB. Ten years of generated data (test/bench) make a
 * backup of a few MB unpacked, so this leaves room for decades, while a "gzip bomb" (3 MB that
 * unpack to 3 GiB) is stopped after 128 MiB, and reading any file stays within a few hundred MB.
 */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;
/** A file larger than what it may unpack to is not a backup (gzip never makes JSON larger). */
const MAX_BACKUP_BYTES = MAX_UNPACKED_BYTES;
/** Backups are at most about ten levels deep; deeper nesting is refused before anything walks it. */
export const MAX_NESTING = 64;

export interface EncodeMeta {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
}

export interface EncodeOptions {
  /** Gives the window a turn between slices of work (default: slices of 12 ms). */
  slicer?: TimeSlicer;
  /** 0…1 over the rows written, then 1 when the file is packed. */
  onProgress?: (fraction: number) => void;
}

/**
 * The backup file of `content`: the canonical JSON of the content is written row by row in short
 * slices (backupWriter.ts), hashed with WebCrypto off the window's thread, and the file, whose
 * content is those same bytes as long as every text is NFC, is gzipped piece by piece. No task is
 * long, however large the database.
 */
export async function encodeBackup(content: BackupContent, meta: EncodeMeta, options: EncodeOptions = {}): Promise<{ bytes: Uint8Array; envelope: BackupEnvelope }> {
  const slicer = options.slicer ?? timeSlicer();
  const counts = countRows(content);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  let done = 0;
  const pieces = await contentPieces(content, slicer, () => {
    done += 1;
    if (done % 1_000 === 0) options.onProgress?.(done / total);
  });
  const sha256 = await sha256HexAsync(await joinBytes(pieces.canonical, slicer));
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    counts,
    sha256,
    content,
  };
  const { content: _content, ...head } = envelope;
  const encoder = new TextEncoder();
  const opening = encoder.encode(`${JSON.stringify(head).slice(0, -1)},"content":`);
  const bytes = await gzipPieces([opening, ...pieces.json, encoder.encode('}')], slicer);
  options.onProgress?.(1);
  return { bytes, envelope };
}

/**
 * Reads and checks a whole backup file before anything is changed: it unpacks within the size
 * limit, is nested no deeper than a backup can be, is ours, is a format and schema this version
 * understands, its hash matches, every domain row passes its schema, and every row the restore
 * will write fits `database` (tables exist, keys present and unique). Only then is the backup
 * returned, with the warnings the preview shows (rows pointing to rows that are not there).
 */
export async function decodeBackup(
  bytes: Uint8Array,
  currentSchemaVersion: number,
  database: DatabaseShape,
  slicer: TimeSlicer = timeSlicer(),
): Promise<DecodeResult> {
  const fail = (problem: BackupProblem): DecodeResult => ({ ok: false, problem });
  if (bytes.length > MAX_BACKUP_BYTES) return fail({ code: 'too-large' });

  let parsed: unknown;
  try {
    parsed = JSON.parse(await gunzipText(bytes, MAX_UNPACKED_BYTES));
  } catch (error) {
    if (error instanceof UnpackedTooLargeError) return fail({ code: 'unpacks-too-large' });
    return fail({ code: 'not-readable' });
  }
  if (nestedDeeperThan(parsed, MAX_NESTING)) return fail({ code: 'too-deep' });
  if (!parsed || typeof parsed !== 'object' || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail({ code: 'not-konvent' });
  }
  const formatVersion = (parsed as { formatVersion?: unknown }).formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) return fail({ code: 'newer-format', formatVersion });

  const head = backupEnvelopeHeadSchema.safeParse(parsed);
  if (!head.success || head.data.formatVersion !== BACKUP_FORMAT_VERSION) return fail({ code: 'not-konvent' });
  const envelope = head.data;
  if (envelope.schemaVersion > currentSchemaVersion) return fail({ code: 'newer-schema', schemaVersion: envelope.schemaVersion });

  // The same canonical JSON as when it was written, row by row in short slices, hashed with WebCrypto.
  const canonical = await contentPieces(envelope.content, slicer);
  if ((await sha256HexAsync(await joinBytes(canonical.canonical, slicer))) !== envelope.sha256) return fail({ code: 'hash-mismatch' });

  for (const table of Object.keys(envelope.content.tables)) {
    if (!isDomainTableName(table)) return fail({ code: 'unknown-table', table });
  }
  const tables = {} as Record<string, unknown[]>;
  for (const table of domainTableNames) {
    const rows = envelope.content.tables[table];
    if (!rows) return fail({ code: 'missing-table', table });
    const ids = new Set<string>();
    const valid: unknown[] = [];
    for (const [index, row] of rows.entries()) {
      if (slicer.due()) await slicer.pause();
      const result = domainTableSchemas[table].safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0];
        return fail({
          code: 'invalid-row',
          table,
          index,
          label: backupRowLabel(table, row),
          field: String(issue?.path[0] ?? ''),
          reason: invalidReason(issue, row && typeof row === 'object' ? (row as Record<string, unknown>)[String(issue?.path[0] ?? '')] : row),
        });
      }
      const id = result.data.id;
      if (ids.has(id)) return fail({ code: 'duplicate-id', table, id });
      ids.add(id);
      // Only what the schema knows lands in the database.
      valid.push(result.data);
    }
    tables[table] = valid;
  }
  const content = { tables, sync: envelope.content.sync } as unknown as BackupContent;
  const counts = countRows(content);
  for (const [table, count] of Object.entries(counts)) {
    if (envelope.counts[table] !== count) return fail({ code: 'count-mismatch', table });
  }
  const keyProblem = checkKeys(content, database);
  if (keyProblem) return fail(keyProblem);
  return { ok: true, backup: { ...envelope, format: BACKUP_FORMAT, content }, warnings: { missingReferences: missingReferences(content.tables) } };
}
