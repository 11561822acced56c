import type { CancelPolicy } from '../domain/plan';
import type { Sitting } from '../domain/sitting';
import { germanDateWithWeekday } from '../dates/germanDates';
import { appendPlanNote } from './planNotes';
import { shiftHostsAfterCancel } from './rotation';

/**
 * The ways a saved plan changes in practice. Each returns the changed sittings only, with
 * calendarSequence raised by one, because every one of these changes matters to a calendar that
 * imported the .ics (new time, new place, cancelled).
 */
export interface ChangeContext {
  venueOf: (territoryId: string) => string;
  hostName: (territoryId: string | undefined) => string;
}

const bump = (sitting: Sitting, changes: Partial<Sitting>, note: string): Sitting => ({
  ...sitting,
  ...changes,
  planNote: appendPlanNote(sitting.planNote, note),
  calendarSequence: sitting.calendarSequence + 1,
});

export interface MoveRequest {
  date: string;
  start: string;
  end: string;
  reason?: string | undefined;
}

export function moveSitting(sitting: Sitting, request: MoveRequest): Sitting {
  const timeChanged = request.start !== sitting.start || request.end !== sitting.end;
  const dateChanged = request.date !== sitting.date;
  const what = dateChanged
    ? `Verlegt vom ${germanDateWithWeekday(sitting.date)} auf ${germanDateWithWeekday(request.date)}`
    : `Uhrzeit geändert auf ${request.start}–${request.end} Uhr`;
  const note = [what, dateChanged && timeChanged ? `${request.start}–${request.end} Uhr` : '', request.reason?.trim() ?? '']
    .filter(Boolean)
    .join(', ');
  return bump(sitting, { date: request.date, start: request.start, end: request.end }, note);
}

/** The two sittings exchange host and venue. */
export function swapHosts(a: Sitting, b: Sitting): [Sitting, Sitting] {
  const note = (other: Sitting) => `Gastgeber getauscht mit der Sitzung am ${germanDateWithWeekday(other.date)}`;
  return [
    bump(a, { hostTerritoryId: b.hostTerritoryId, venue: b.venue }, note(b)),
    bump(b, { hostTerritoryId: a.hostTerritoryId, venue: a.venue }, note(a)),
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
  const host = context.hostName(cancelled.hostTerritoryId);
  const turnText = turn === 'keepsTurn' ? `${host} behält das Gastgeberrecht` : `${host} verliert das Gastgeberrecht`;
  const changed: Sitting[] = [
    bump(cancelled, { status: 'cancelled', cancelTurn: turn }, ['Abgesagt', reason?.trim(), turnText].filter(Boolean).join(', ')),
  ];
  if (turn === 'keepsTurn') {
    const newHosts = shiftHostsAfterCancel(sittings, cancelled);
    for (const sitting of sittings) {
      const newHost = newHosts.get(sitting.id);
      if (!newHost) continue;
      changed.push(
        bump(
          sitting,
          { hostTerritoryId: newHost, venue: context.venueOf(newHost) },
          `Gastgeber ${context.hostName(newHost)} statt ${context.hostName(sitting.hostTerritoryId)} (Absage am ${germanDateWithWeekday(cancelled.date)})`,
        ),
      );
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
    planNote: ['Zusätzliche Sitzung', request.reason?.trim()].filter(Boolean).join(': '),
    calendarSequence: 0,
  };
}
