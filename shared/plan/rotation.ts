import type { Sitting } from '../domain/sitting';
import { PlanConflictError } from './planConflict';

/** The fields of a sitting that rotation looks at. */
export type RotationSitting = Pick<Sitting, 'id' | 'date' | 'start' | 'hostTerritoryId' | 'status' | 'cancelTurn' | 'extra'>;

/** The host after `current` in the rotation order (wrapping); the first one if `current` is not in it. */
export function hostAfter(order: readonly string[], current: string | undefined): string {
  const index = current === undefined ? -1 : order.indexOf(current);
  const next = order[(index + 1) % order.length];
  if (next === undefined) throw new PlanConflictError({ code: 'rotationEmpty' });
  return next;
}

/** `count` hosts in rotation order, beginning with `start`. */
export function hostSequence(order: readonly string[], start: string, count: number): string[] {
  const first = order.indexOf(start);
  if (first < 0) throw new PlanConflictError({ code: 'firstHostNotInRotation' });
  return Array.from({ length: count }, (_, k) => order[(first + k) % order.length] as string);
}

export const byDateAndTime = (a: RotationSitting, b: RotationSitting) =>
  a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

export interface RotationContinuation {
  /** Who hosts first. */
  territoryId: string;
  /** The sitting the rotation continues from (the last one before the year), if any. */
  after?: RotationSitting;
  /** True when that sitting was cancelled and its host kept the turn. */
  keptTurn: boolean;
}

/**
 * Default first host of a year: continue after the host of the last sitting before the year.
 * Extra sittings are outside the rotation; a cancelled sitting whose host kept its turn hands
 * the turn to the same host again.
 */
export function continueRotation(sittings: readonly RotationSitting[], order: readonly string[], year: number): RotationContinuation {
  const firstDay = `${year}-01-01`;
  const before = sittings
    .filter((s) => s.date < firstDay && !s.extra && s.hostTerritoryId !== undefined && order.includes(s.hostTerritoryId))
    .sort(byDateAndTime);
  const last = before.at(-1);
  if (!last) return { territoryId: hostAfter(order, undefined), keptTurn: false };
  const keptTurn = last.status === 'cancelled' && last.cancelTurn === 'keepsTurn';
  return { territoryId: keptTurn ? (last.hostTerritoryId as string) : hostAfter(order, last.hostTerritoryId), after: last, keptTurn };
}

/**
 * "Der Gastgeber behält sein Recht": the cancelled sitting's host hosts the next rotation sitting,
 * and every later one takes its predecessor's host (the rotation shifts by one, swaps made before
 * are kept). Only sittings still 'planned' shift; invited or held ones keep their host.
 * Returns the new host per sitting id for the sittings whose host changes.
 */
export function shiftHostsAfterCancel(sittings: readonly RotationSitting[], cancelled: RotationSitting): Map<string, string> {
  const later = sittings
    .filter((s) => s.id !== cancelled.id && s.status === 'planned' && !s.extra && byDateAndTime(s, cancelled) > 0)
    .sort(byDateAndTime);
  const changes = new Map<string, string>();
  let carry = cancelled.hostTerritoryId;
  for (const sitting of later) {
    if (carry === undefined) break;
    if (sitting.hostTerritoryId !== carry) changes.set(sitting.id, carry);
    carry = sitting.hostTerritoryId;
  }
  return changes;
}
