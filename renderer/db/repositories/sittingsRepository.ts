import { announcementOf, keepAnnounced } from '../../../shared/sittings/announcement';
import type { VenueAddress } from '../../../shared/domain/venueAddress';
import type { Sitting, SittingStatus } from '../../../shared/domain/sitting';
import type { KonventDatabase } from '../database';
import { MinutesLockedError } from '../../../shared/minutes/approvalLock';
import { lockedSittingFieldsChanged } from '../../../shared/minutes/lockedSittingFields';
import { newId, nowInstant, putRow } from '../rowWriter';
import { isSittingMinutesLocked } from './minutesLock';
import { readSettings } from './settingsRepository';
import { keepRulesOfTheDay } from '../../../shared/sittings/rulesOfTheDay';

export type NewSitting = Pick<Sitting, 'body' | 'title' | 'date' | 'start' | 'end' | 'venue'> & {
  hostTerritoryId?: string | undefined;
  venueAddress?: VenueAddress | undefined;
};

/** "Sitzung anlegen": a single sitting entered by hand, planned, outside any plan. */
export async function createSitting(db: KonventDatabase, values: NewSitting): Promise<Sitting> {
  const { hostTerritoryId, venueAddress, ...rest } = values;
  return putRow(db, 'sittings', {
    ...rest,
    ...(hostTerritoryId ? { hostTerritoryId } : {}),
    ...(venueAddress ? { venueAddress } : {}),
    id: newId(),
    status: 'planned',
    calendarSequence: 0,
  });
}

/**
 * Changes one sitting in a transaction that also reads its minutes: once they are approved, the
 * facts they record (shared/minutes/lockedSittingFields.ts) are refused with MinutesLockedError.
 */
async function updateSitting(
  db: KonventDatabase,
  id: string,
  change: (sitting: Sitting, minutesLocked: boolean) => Sitting | undefined,
): Promise<Sitting | undefined> {
  return db.transaction('rw', db.domain('sittings'), db.domain('minutes'), db.table('settings'), async () => {
    const sitting = await db.domain('sittings').get(id);
    if (!sitting) throw new Error('sittingGone');
    const locked = await isSittingMinutesLocked(db, id);
    const proposed = change(sitting, locked);
    // Held: from now on the sitting is judged by the rules of this day (rulesOfTheDay.ts).
    const changed = proposed?.status === 'held' ? keepRulesOfTheDay(proposed, await readSettings(db)) : proposed;
    if (!changed) return sitting;
    if (locked && lockedSittingFieldsChanged(sitting, changed).length > 0) throw new MinutesLockedError();
    return putRow(db, 'sittings', changed);
  });
}

/**
 * The invitation went out: a planned sitting becomes "eingeladen" with the moment of invitation.
 * The first invitation counts for the notice period, so a reprint keeps the first date. Printed
 * for a sitting whose minutes are approved, it is a copy for the file and changes nothing.
 */
export function markInvited(db: KonventDatabase, id: string, at = nowInstant()): Promise<Sitting | undefined> {
  return updateSitting(db, id, (s, minutesLocked) => {
    if (minutesLocked) return undefined;
    if (s.status === 'planned') return { ...s, status: 'invited', invitedAt: s.invitedAt ?? at };
    if (s.status === 'invited' && !s.invitedAt) return { ...s, invitedAt: at };
    return undefined;
  });
}

/**
 * Status set by hand. "Eingeladen" without a recorded invitation takes today as its date; a
 * cancellation (or its reversal) is a change calendars must see. With approved minutes only
 * "durchgeführt" is still accepted.
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

/**
 * A letter (invitation, Terminänderung, Absage) went out: the members now know the sitting as it
 * stands (shared/sittings/announcement.ts). Nothing changes for a sitting whose minutes are approved.
 */
export function recordAnnounced(db: KonventDatabase, id: string): Promise<Sitting | undefined> {
  return updateSitting(db, id, (s, minutesLocked) => {
    if (minutesLocked || !s.invitedAt) return undefined;
    const moved = s.announced && s.announced.date !== s.date ? s.announced.date : s.announced?.previousDate;
    const now = { ...announcementOf(s), ...(moved && moved !== s.date ? { previousDate: moved } : {}) };
    const same = s.announced && JSON.stringify(s.announced) === JSON.stringify(now);
    return same ? undefined : { ...s, announced: now };
  });
}

/**
 * The sitting's venue and its postal address (none: the host's usual venue address applies,
 * shared/sittings/venue.ts). A change matters to calendars (SEQUENCE) and, after the invitation,
 * to the members: the page then offers the Terminänderung. Refused once the minutes are approved.
 */
export function saveSittingVenue(db: KonventDatabase, id: string, venue: string, venueAddress: VenueAddress | undefined): Promise<Sitting | undefined> {
  return updateSitting(db, id, (s) => {
    const { venueAddress: earlier, ...rest } = s;
    const name = venue.trim();
    if (name === s.venue && JSON.stringify(earlier ?? null) === JSON.stringify(venueAddress ?? null)) return undefined;
    const next: Sitting = { ...rest, venue: name, ...(venueAddress ? { venueAddress } : {}), calendarSequence: s.calendarSequence + 1 };
    return keepAnnounced(s, next);
  });
}
