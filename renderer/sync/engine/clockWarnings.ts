import { CLOCK_SKEW_WARNING_MS, clockOffsetMs, parseHlc } from '../../../shared/sync/hlc';
import type { DeviceHead } from '../../../shared/sync/formats';
import type { ClockWarning, SyncStateRow } from '../../db/sync/syncTables';

/**
 * Clock skew never breaks merging (the hybrid clock orders edits by what each PC had seen), but a
 * wrong clock makes "the later edit wins" surprising, so the user is told. What can be seen from
 * here: another PC's head.json written "in the future" (its clock is ahead, or ours behind); this
 * PC's own clock jumping backwards between two syncs; the sync clock running ahead of this PC's.
 */
export const JUMP_SHOWN_FOR_MS = 24 * 60 * 60 * 1000;

export function clockWarnings(input: {
  heads: readonly DeviceHead[];
  nowMs: number;
  syncClock: string | null;
  state: SyncStateRow;
}): { warnings: ClockWarning[]; clockJump?: SyncStateRow['clockJump'] } {
  const warnings: ClockWarning[] = [];
  const ahead = input.heads
    .map((head) => ({ head, ms: clockOffsetMs(head.updatedAt, input.nowMs) }))
    .filter(({ ms }) => ms > CLOCK_SKEW_WARNING_MS);
  for (const { head, ms } of ahead) warnings.push({ kind: 'peerAhead', deviceId: head.deviceId, name: head.name, ms });
  if (ahead.length > 0 && ahead.length === input.heads.length) {
    warnings.push({ kind: 'thisBehind', ms: Math.min(...ahead.map((a) => a.ms)) });
  }

  let clockJump = input.state.clockJump;
  const last = input.state.lastWallClock;
  if (last !== undefined && input.nowMs < last - CLOCK_SKEW_WARNING_MS) {
    clockJump = { ms: last - input.nowMs, at: new Date(input.nowMs).toISOString() };
  }
  if (clockJump && Math.abs(input.nowMs - Date.parse(clockJump.at)) < JUMP_SHOWN_FOR_MS) {
    warnings.push({ kind: 'jumpedBack', ms: clockJump.ms });
  }

  if (ahead.length === 0 && input.syncClock) {
    const lead = parseHlc(input.syncClock).millis - input.nowMs;
    if (lead > CLOCK_SKEW_WARNING_MS) warnings.push({ kind: 'syncClockAhead', ms: lead });
  }
  return clockJump ? { warnings, clockJump } : { warnings };
}
