import type { Sitting, SittingStatus } from '../../../shared/domain/sitting';
import type { KonventDatabase } from '../database';
import { newId, nowInstant, putRow } from '../rowWriter';

export type NewSitting = Pick<Sitting, 'body' | 'title' | 'date' | 'start' | 'end' | 'venue'> & { hostTerritoryId?: string | undefined };

/** "Sitzung anlegen": a single sitting entered by hand, planned, outside any plan. */
export async function createSitting(db: KonventDatabase, values: NewSitting): Promise<Sitting> {
  const { hostTerritoryId, ...rest } = values;
  return putRow(db, 'sittings', {
    ...rest,
    ...(hostTerritoryId ? { hostTerritoryId } : {}),
    id: newId(),
    status: 'planned',
    calendarSequence: 0,
  });
}

async function updateSitting(db: KonventDatabase, id: string, change: (sitting: Sitting) => Sitting | undefined): Promise<Sitting | undefined> {
  return db.transaction('rw', db.domain('sittings'), async () => {
    const sitting = await db.domain('sittings').get(id);
    if (!sitting) throw new Error('Diese Sitzung gibt es nicht (mehr).');
    const changed = change(sitting);
    return changed ? putRow(db, 'sittings', changed) : sitting;
  });
}

/**
 * The invitation went out: a planned sitting becomes "eingeladen" with the moment of invitation.
 * The first invitation counts for the notice period, so a reprint keeps the first date.
 */
export function markInvited(db: KonventDatabase, id: string, at = nowInstant()): Promise<Sitting | undefined> {
  return updateSitting(db, id, (s) => {
    if (s.status === 'planned') return { ...s, status: 'invited', invitedAt: s.invitedAt ?? at };
    if (s.status === 'invited' && !s.invitedAt) return { ...s, invitedAt: at };
    return undefined;
  });
}

/**
 * Status set by hand. "Eingeladen" without a recorded invitation takes today as its date; a
 * cancellation (or its reversal) is a change calendars must see.
 */
export function setSittingStatus(db: KonventDatabase, id: string, status: SittingStatus, at = nowInstant()): Promise<Sitting | undefined> {
  return updateSitting(db, id, (s) => {
    if (s.status === status) return undefined;
    const calendarChange = status === 'cancelled' || s.status === 'cancelled';
    return {
      ...s,
      status,
      ...(status === 'invited' && !s.invitedAt ? { invitedAt: at } : {}),
      calendarSequence: s.calendarSequence + (calendarChange ? 1 : 0),
    };
  });
}
