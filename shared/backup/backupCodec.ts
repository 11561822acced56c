import { domainTableNames, domainTableSchemas, isDomainTableName } from '../domain/tables';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupEnvelopeHeadSchema,
  countRows,
  type BackupContent,
  type BackupEnvelope,
} from './backupFormat';
import { canonicalJson } from '../hashing/canonicalJson';
import { gunzip, gzip } from './gzip';
import { sha256Hex } from '../hashing/sha256';
import { sha256HexAsync } from '../hashing/sha256Async';

/** Why a file is not a restorable backup. The renderer turns each into a German sentence. */
export type BackupProblem =
  | { code: 'too-large' }
  | { code: 'not-readable' }
  | { code: 'not-konvent' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'newer-schema'; schemaVersion: number }
  | { code: 'hash-mismatch' }
  | { code: 'missing-table'; table: string }
  | { code: 'unknown-table'; table: string }
  | { code: 'invalid-row'; table: string; index: number; field: string; message: string }
  | { code: 'duplicate-id'; table: string; id: string }
  | { code: 'count-mismatch'; table: string };

export type DecodeResult = { ok: true; backup: BackupEnvelope } | { ok: false; problem: BackupProblem };

/** Larger than any real register (ten years are a few MB): refuse before unpacking a bomb. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export interface EncodeMeta {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
}

export async function encodeBackup(content: BackupContent, meta: EncodeMeta): Promise<{ bytes: Uint8Array; envelope: BackupEnvelope }> {
  // WebCrypto where available: the hash of a large backup must not block the window.
  const sha256 = await sha256HexAsync(canonicalJson(content));
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    counts: countRows(content),
    sha256,
    content,
  };
  return { bytes: await gzip(new TextEncoder().encode(JSON.stringify(envelope))), envelope };
}

/**
 * Reads and checks a whole backup file before anything is changed: it unpacks, is ours, is a
 * format and schema this version understands, its hash matches, every domain row passes its
 * schema and no id appears twice. Only then is the backup returned.
 */
export async function decodeBackup(bytes: Uint8Array, currentSchemaVersion: number): Promise<DecodeResult> {
  const fail = (problem: BackupProblem): DecodeResult => ({ ok: false, problem });
  if (bytes.length > MAX_BACKUP_BYTES) return fail({ code: 'too-large' });

  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(bytes));
    parsed = JSON.parse(text);
  } catch {
    return fail({ code: 'not-readable' });
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail({ code: 'not-konvent' });
  }
  const formatVersion = (parsed as { formatVersion?: unknown }).formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) return fail({ code: 'newer-format', formatVersion });

  const head = backupEnvelopeHeadSchema.safeParse(parsed);
  if (!head.success || head.data.formatVersion !== BACKUP_FORMAT_VERSION) return fail({ code: 'not-konvent' });
  const envelope = head.data;
  if (envelope.schemaVersion > currentSchemaVersion) return fail({ code: 'newer-schema', schemaVersion: envelope.schemaVersion });

  if (sha256Hex(canonicalJson(envelope.content)) !== envelope.sha256) return fail({ code: 'hash-mismatch' });

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
      const result = domainTableSchemas[table].safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0];
        return fail({ code: 'invalid-row', table, index, field: issue?.path.join('.') ?? '', message: issue?.message ?? '' });
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
  return { ok: true, backup: { ...envelope, format: BACKUP_FORMAT, content } };
}
