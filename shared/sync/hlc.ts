import { SyncInvariantError } from './syncInvariant';

/**
 * Hybrid logical clock (DESIGN.md §4). A timestamp is the text
 * `<ISO-8601 UTC ms>-<counter 4 hex>-<deviceId>`, e.g. `2026-03-11T13:00:00.000Z-0000-3f9c0a1b2c3d4e5f`,
 * and timestamps sort as text. The clock advances on every local write and on every op received,
 * so an edit made after seeing another edit always carries a greater timestamp, whatever the wall
 * clocks of the PCs say. Wall-clock jumps never move it backwards.
 */
export const DEVICE_ID_PATTERN = /^[0-9a-f]{16}$/;
export const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const MAX_COUNTER = 0xffff;
/**
 * The format's upper bound (docs/sync-format.md, rule hlc-bound): a timestamp at or after
 * 9000-01-01T00:00:00.000Z is refused by readers and never produced by writers. The local clock
 * never goes past HLC_CEILING_MS (one year below the bound), whatever it receives or reads from
 * the wall clock, so ticking from there can never reach the bound and never leaves the text form.
 */
export const HLC_LIMIT_MS = Date.UTC(9000, 0, 1);
export const HLC_CEILING_MS = Date.UTC(8999, 0, 1);
/** A received reading is taken up to here (a day below the bound), so edits made after seeing it are later. */
const HLC_ADOPT_MAX_MS = HLC_LIMIT_MS - 24 * 60 * 60 * 1000;
/** Ops whose clock is more than this ahead of this PC's wall clock are held back (rule hlc-ahead). */
export const MAX_CLOCK_LEAD_MS = 24 * 60 * 60 * 1000;
/** A PC whose clock differs from ours by more than this gets a warning in the sync screen. */
export const CLOCK_SKEW_WARNING_MS = 5 * 60 * 1000;

export interface HlcParts {
  millis: number;
  counter: number;
  deviceId: string;
}

/** Well-formed (rule hlc-syntax) and below the format's upper bound (rule hlc-bound). */
export function isHlc(value: unknown): value is string {
  return hlcProblem(value) === null;
}

/** null for a valid timestamp, else the rule of docs/sync-format.md it breaks. */
export function hlcProblem(value: unknown): 'hlc-syntax' | 'hlc-bound' | null {
  if (typeof value !== 'string' || !HLC_PATTERN.test(value)) return 'hlc-syntax';
  const instant = value.slice(0, 24);
  // Ops of one segment mostly share their millisecond: the last valid instant is not checked again.
  if (instant === lastValidInstant) return null;
  const millis = Date.parse(instant);
  if (!Number.isFinite(millis) || new Date(millis).toISOString() !== instant) return 'hlc-syntax';
  if (millis >= HLC_LIMIT_MS) return 'hlc-bound';
  lastValidInstant = instant;
  return null;
}
let lastValidInstant = '';

export function parseHlc(hlc: string): HlcParts {
  const match = HLC_PATTERN.exec(hlc);
  if (!match) throw new SyncInvariantError('invalidHlc', hlc);
  return { millis: Date.parse(match[1]!), counter: parseInt(match[2]!, 16), deviceId: match[3]! };
}

export function formatHlc(parts: HlcParts): string {
  return `${new Date(parts.millis).toISOString()}-${parts.counter.toString(16).padStart(4, '0')}-${parts.deviceId}`;
}

/** The physical time of a timestamp, as ISO instant (for the UI: "geändert am …"). */
export function hlcInstant(hlc: string): string {
  return hlc.slice(0, 24);
}

export function hlcDeviceId(hlc: string): string {
  return hlc.slice(-16);
}

function normalize(millis: number, counter: number, deviceId: string): string {
  // Counter overflow: borrow the next millisecond rather than fail; order is kept.
  if (counter > MAX_COUNTER) return formatHlc({ millis: millis + 1, counter: 0, deviceId });
  return formatHlc({ millis, counter, deviceId });
}

/** A wall-clock reading the clock may use: a real number between 0 and the ceiling. */
function usableWall(nowMs: number): number {
  return Number.isFinite(nowMs) ? Math.min(Math.max(0, Math.floor(nowMs)), HLC_CEILING_MS) : 0;
}

/**
 * A reading as the clock may use it. A stored one at or past the bound (a database from an older
 * version that took in a year-9999 op) counts as the ceiling, so no write ever fails; a received
 * one is taken up to a day below the bound (beyond: as the ceiling). Ticking from there stays below
 * the bound for 65,536 edits per millisecond of that day.
 */
function usableParts(hlc: string, max: number): { millis: number; counter: number } {
  const match = HLC_PATTERN.exec(hlc);
  const millis = match ? Date.parse(match[1]!) : NaN;
  if (!match || !Number.isFinite(millis)) return { millis: 0, counter: 0 };
  if (millis > max) return { millis: Math.min(max, HLC_CEILING_MS), counter: MAX_COUNTER };
  return { millis, counter: parseInt(match[2]!, 16) };
}

/** The timestamp of a local write: greater than everything this clock has issued or seen. */
export function tickHlc(last: string | null, deviceId: string, nowMs: number): string {
  const wall = usableWall(nowMs);
  if (!last) return normalize(wall, 0, deviceId);
  const previous = usableParts(last, HLC_LIMIT_MS - 1);
  if (wall > previous.millis) return normalize(wall, 0, deviceId);
  return normalize(previous.millis, previous.counter + 1, deviceId);
}

/** The clock after receiving a remote timestamp: greater than both, so later local writes win over it. */
export function receiveHlc(last: string | null, remote: string, deviceId: string, nowMs: number): string {
  const wall = usableWall(nowMs);
  const theirs = usableParts(remote, HLC_ADOPT_MAX_MS);
  const ours = last ? usableParts(last, HLC_LIMIT_MS - 1) : { millis: -Infinity, counter: -1 };
  const millis = Math.max(ours.millis, theirs.millis, wall);
  let counter: number;
  if (millis === ours.millis && millis === theirs.millis) counter = Math.max(ours.counter, theirs.counter) + 1;
  else if (millis === ours.millis) counter = ours.counter + 1;
  else if (millis === theirs.millis) counter = theirs.counter + 1;
  else counter = 0;
  return normalize(millis, counter, deviceId);
}

/** The same moment with another device id (a forked clone re-stamps its unshared ops). */
export function withDeviceId(hlc: string, deviceId: string): string {
  return `${hlc.slice(0, -16)}${deviceId}`;
}

/** How far a remote wall-clock reading is ahead of ours (negative: behind). */
export function clockOffsetMs(remoteInstant: string, nowMs: number): number {
  return Date.parse(remoteInstant) - nowMs;
}

/**
 * File-name form of a timestamp: Windows, SMB shares and OneDrive forbid ':' in file names, so
 * snapshots are named with the compact ISO form `20260311T130000000Z-0000-<deviceId>`. It sorts
 * exactly like the timestamp.
 */
export function hlcToFileStem(hlc: string): string {
  const match = HLC_PATTERN.exec(hlc);
  if (!match) throw new SyncInvariantError('invalidHlc', hlc);
  return `${match[1]!.replace(/[-:.]/g, '')}-${match[2]}-${match[3]}`;
}

const FILE_STEM = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([0-9a-f]{4})-([0-9a-f]{16})$/;

export function fileStemToHlc(stem: string): string | null {
  const m = FILE_STEM.exec(stem);
  if (!m) return null;
  const hlc = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z-${m[8]}-${m[9]}`;
  return isHlc(hlc) ? hlc : null;
}
