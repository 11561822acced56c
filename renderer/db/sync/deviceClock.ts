import { tickHlc } from '../../../shared/sync/hlc';
import type { DeviceClockRow } from './syncTables';

/** 16 random lowercase hex digits (DESIGN.md §4). */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stored clock row, or a new identity on this PC's first write. */
export function existingOrNewClock(row: DeviceClockRow | undefined): DeviceClockRow {
  return row ? { ...row } : { key: 'clock', deviceId: newDeviceId(), hlc: null, lastSeq: 0 };
}

/** Hands out seq numbers and clock readings for local ops; the caller stores the row afterwards. */
export function issueStamps(clock: DeviceClockRow, count: number, nowMs: number): { seq: number; hlc: string }[] {
  const stamps: { seq: number; hlc: string }[] = [];
  for (let i = 0; i < count; i++) {
    clock.hlc = tickHlc(clock.hlc, clock.deviceId, nowMs);
    clock.lastSeq += 1;
    stamps.push({ seq: clock.lastSeq, hlc: clock.hlc });
  }
  return stamps;
}
