import type { CancelPolicy } from '../domain/plan';
import type { PlanReason } from '../domain/planReason';
import type { Sitting } from '../domain/sitting';
import { addPlanReason } from './planReasons';
import { shiftHostsAfterCancel } from './rotation';

/**
 * The ways a saved plan changes in practice. Each returns the changed sittings only, with
 * calendarSequence raised by one, because every one of these changes matters to a calendar that
 * imported the .ics (new time, new place, cancelled). Each records its reason as data
 * (planReasons); the UI words it.
 */
export interface ChangeContext {
  venueOf: (territoryId: string) => string;
  hostName: (territoryId: string | undefined) => string;
}

const bump = (sitting: Sitting, changes: Partial<Sitting>, reason: PlanReason): Sitting => ({
  ...sitting,
  ...changes,
  planReasons: addPlanReason(sitting, reason, 'hostTerritoryId' in changes ? changes.hostTerritoryId : sitting.hostTerritoryId),
  calendarSequence: sitting.calendarSequence + 1,
});

const typedText = (text: string | undefined) => (text?.trim() ? { text: text.trim() } : {});

export interface MoveRequest {
  date: string;
  start: string;
  end: string;
  reason?: string | undefined;
}

export function moveSitting(sitting: Sitting, request: MoveRequest): Sitting {
  const timeChanged = request.start !== sitting.start || request.end !== sitting.end;
  const dateChanged = request.date !== sitting.date;
  const reason: PlanReason = dateChanged
    ? { code: 'moved', from: sitting.date, to: request.date, ...(timeChanged ? { start: request.start, end: request.end } : {}), ...typedText(request.reason) }
    : { code: 'timeChanged', start: request.start, end: request.end, ...typedText(request.reason) };
  return bump(sitting, { date: request.date, start: request.start, end: request.end }, reason);
}

/** The two sittings exchange host and venue. */
export function swapHosts(a: Sitting, b: Sitting): [Sitting, Sitting] {
  const reason = (other: Sitting): PlanReason => ({ code: 'hostsSwapped', otherDate: other.date });
  return [
    bump(a, { hostTerritoryId: b.hostTerritoryId, venue: b.venue }, reason(b)),
    bump(b, { hostTerritoryId: a.hostTerritoryId, venue: a.venue }, reason(a)),
  ];
}

/**
 * Cancels a sitting. keepsTurn: its host hosts the next rotation sitting and the later planned
 * ones shift by one; losesTurn: nobody else changes. `sittings` are the other sittings that the
 * rotation may shift (the plan's year).
 */
export function cancelSitting(
  sittings: readonly Sitting[],
  cancelled: Sitting,
  turn: CancelPolicy,
  context: ChangeContext,
  reason?: string,
): Sitting[] {
  const changed: Sitting[] = [bump(cancelled, { status: 'cancelled', cancelTurn: turn }, { code: 'cancelled', turn, ...typedText(reason) })];
  if (turn === 'keepsTurn') {
    const newHosts = shiftHostsAfterCancel(sittings, cancelled);
    for (const sitting of sittings) {
      const newHost = newHosts.get(sitting.id);
      if (!newHost) continue;
      changed.push(bump(sitting, { hostTerritoryId: newHost, venue: context.venueOf(newHost) }, { code: 'hostShifted', cancelledDates: [cancelled.date] }));
    }
  }
  return changed;
}

export interface ExtraSittingRequest {
  id: string;
  planId?: string | undefined;
  body: Sitting['body'];
  title: string;
  date: string;
  start: string;
  end: string;
  hostTerritoryId?: string | undefined;
  venue: string;
  reason?: string | undefined;
  now: string;
}

/** A sitting outside the rotation: it never shifts other hosts and is not shifted. */
export function extraSitting(request: ExtraSittingRequest): Sitting {
  return {
    id: request.id,
    updatedAt: request.now,
    ...(request.planId ? { planId: request.planId } : {}),
    body: request.body,
    title: request.title,
    date: request.date,
    start: request.start,
    end: request.end,
    ...(request.hostTerritoryId ? { hostTerritoryId: request.hostTerritoryId } : {}),
    venue: request.venue,
    status: 'planned',
    extra: true,
    planReasons: [{ code: 'extra', ...typedText(request.reason) }],
    calendarSequence: 0,
  };
}
