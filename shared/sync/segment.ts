import { segmentHeaderSchema, syncOpSchema, type SegmentHeader, type SyncOp } from './formats';
import { sha256Hex } from '../hashing/sha256';
import { hlcProblem, isHlc } from './hlc';
import { MAX_SEQ } from './folderLayout';
import { SyncInvariantError } from './syncInvariant';

/**
 * A segment file: a header line `{v:1, deviceId, first, last, count, sha256}` and one op per line.
 * The hash covers every byte after the header line, so a cut-off or altered file never passes.
 */
const encoder = new TextEncoder();
const NEWLINE = 0x0a;

export function encodeSegment(deviceId: string, ops: readonly SyncOp[]): { bytes: Uint8Array; header: SegmentHeader } {
  if (ops.length === 0) throw new SyncInvariantError('emptySegment');
  const body = encoder.encode(ops.map((op) => JSON.stringify(orderedOp(op))).join('\n') + '\n');
  const header: SegmentHeader = {
    v: 1,
    deviceId,
    first: ops[0]!.seq,
    last: ops[ops.length - 1]!.seq,
    count: ops.length,
    sha256: sha256Hex(body),
  };
  const headerBytes = encoder.encode(JSON.stringify(header) + '\n');
  const bytes = new Uint8Array(headerBytes.length + body.length);
  bytes.set(headerBytes);
  bytes.set(body, headerBytes.length);
  return { bytes, header };
}

/** Op keys in the documented order, so equal ops give equal bytes. */
function orderedOp({ seq, hlc, table, id, field, value, prev }: SyncOp): SyncOp {
  return value === undefined ? { seq, hlc, table, id, field, prev } : { seq, hlc, table, id, field, value, prev };
}

export type SegmentProblem =
  | 'empty'
  | 'notText'
  | 'truncated'
  | 'headerUnreadable'
  | 'hashMismatch'
  | 'opUnreadable'
  | 'wrongSequence'
  | 'wrongName';

export type ParsedSegment = { ok: true; header: SegmentHeader; ops: SyncOp[] } | { ok: false; problem: SegmentProblem; detail?: string };

/**
 * Reads and checks a segment against the device folder and file name it was found under, with
 * the body's hash from the caller's hash function, e.g. WebCrypto's digest, which is asynchronous
 * and native (a new PC hashes megabytes of segments). Never throws: a bad file is a result, so
 * the caller can retry it later and report it.
 */
export async function parseSegmentWith(
  bytes: Uint8Array,
  expected: { deviceId: string; first: number; last: number },
  sha256HexOf: (data: Uint8Array) => Promise<string>,
): Promise<ParsedSegment> {
  const opened = openSegment(bytes, expected);
  if (!opened.ok) return opened;
  return checkSegment(opened, await sha256HexOf(opened.body));
}

interface OpenedSegment {
  ok: true;
  header: SegmentHeader;
  text: string;
  body: Uint8Array;
}

function openSegment(bytes: Uint8Array, expected: { deviceId: string; first: number; last: number }): OpenedSegment | { ok: false; problem: SegmentProblem; detail?: string } {
  if (bytes.length === 0) return { ok: false, problem: 'empty', detail: 'seg-lines' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'notText', detail: 'seg-utf8' };
  }
  // The header line must end with LF; the last op line may or may not (rule seg-lines).
  const headerEnd = bytes.indexOf(NEWLINE);
  if (headerEnd < 0 || headerEnd === bytes.length - 1) return { ok: false, problem: 'truncated', detail: 'seg-lines' };
  let header: SegmentHeader;
  try {
    const parsed = segmentHeaderSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes.subarray(0, headerEnd))));
    if (!parsed.success) return { ok: false, problem: 'headerUnreadable', detail: `seg-header: ${issueField(parsed.error.issues[0]?.path)}` };
    header = parsed.data;
  } catch {
    return { ok: false, problem: 'headerUnreadable', detail: 'seg-header: JSON' };
  }
  if (header.deviceId !== expected.deviceId || header.first !== expected.first || header.last !== expected.last) {
    return { ok: false, problem: 'wrongName', detail: 'seg-name' };
  }
  return { ok: true, header, text, body: bytes.subarray(headerEnd + 1) };
}

function issueField(path: readonly PropertyKey[] | undefined): string {
  return path && path.length > 0 ? path.map(String).join('.') : 'Form';
}

/** The op lines of the body: LF-separated, an optional final LF; a CR before LF is JSON whitespace. */
function opLines(text: string): string[] {
  const body = text.slice(text.indexOf('\n') + 1);
  return (body.endsWith('\n') ? body.slice(0, -1) : body).split('\n');
}

function checkSegment({ header, text }: OpenedSegment, bodySha256: string): ParsedSegment {
  const lines = opLines(text);
  if (bodySha256 !== header.sha256.toLowerCase()) {
    // Fewer lines than announced, or a last line cut mid-way: not (yet) complete rather than altered.
    return { ok: false, problem: lines.length < header.count || !isJson(lines[lines.length - 1]!) ? 'truncated' : 'hashMismatch', detail: 'seg-hash' };
  }
  if (header.count !== header.last - header.first + 1) return { ok: false, problem: 'wrongSequence', detail: 'seg-count' };
  if (lines.length !== header.count) return { ok: false, problem: 'wrongSequence', detail: `seg-count: ${lines.length} ≠ ${header.count}` };
  const ops: SyncOp[] = [];
  for (const [index, line] of lines.entries()) {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return { ok: false, problem: 'opUnreadable', detail: `Zeile ${index + 2}: op-json` };
    }
    const fast = plainOp(raw);
    if (fast) {
      if (fast.seq !== header.first + index) return { ok: false, problem: 'wrongSequence', detail: `Zeile ${index + 2}: seg-seq` };
      ops.push(fast);
      continue;
    }
    const parsed = syncOpSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issueField(issue?.path);
      const rule = field === 'hlc' || field === 'prev' ? opHlcRule(raw, field) : `op-${field}`;
      return { ok: false, problem: 'opUnreadable', detail: `Zeile ${index + 2}: ${rule}` };
    }
    if (parsed.data.seq !== header.first + index) return { ok: false, problem: 'wrongSequence', detail: `Zeile ${index + 2}: seg-seq` };
    ops.push(parsed.data);
  }
  return { ok: true, header, ops };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const isName = (name: unknown): name is string => typeof name === 'string' && NAME.test(name) && !FORBIDDEN_NAMES.has(name);

/**
 * The common case without zod: an op that meets every rule of syncOpSchema, as the schema would
 * return it (known keys only). Anything else gives null, and the schema then decides and names the
 * rule. A segment holds thousands of ops; the schema's generic checks cost more than reading them.
 */
function plainOp(raw: unknown): SyncOp | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const { seq, hlc, table, id, field, value, prev } = raw as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ) return null;
  if (!isHlc(hlc) || !isName(table) || !isName(field) || field === 'id') return null;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200) return null;
  if (prev !== null && !isHlc(prev)) return null;
  const op: SyncOp = { seq, hlc, table, id, field, prev };
  if (Object.hasOwn(raw, 'value')) op.value = value;
  return op;
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function opHlcRule(raw: unknown, field: 'hlc' | 'prev'): string {
  const value = (raw as Record<string, unknown> | null)?.[field];
  return `op-${field}: ${hlcProblem(value) ?? 'hlc-syntax'}`;
}
