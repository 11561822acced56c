import type { Sitting } from '../domain/sitting';

/**
 * The facts of a sitting that its minutes record: when (date, times), where (venue, host), which
 * body met under which title, and that it took place. Once the minutes are approved these stay as
 * signed; only a correction (Berichtigung) of the minutes opens them again.
 */
export const lockedSittingFieldNames = ['body', 'title', 'date', 'start', 'end', 'venue', 'venueAddress', 'hostTerritoryId', 'status'] as const;
export type LockedSittingField = (typeof lockedSittingFieldNames)[number];

/**
 * The recorded facts a change of a sitting would alter. Marking the sitting "durchgeführt" is not
 * one of them: approved minutes prove it took place, so that status only catches up with them.
 */
export function lockedSittingFieldsChanged(before: Sitting, after: Sitting): LockedSittingField[] {
  return lockedSittingFieldNames.filter((field) => {
    if (before[field] === after[field]) return false;
    // The venue address is an object: compared by its content.
    if (field === 'venueAddress' && JSON.stringify(before.venueAddress ?? null) === JSON.stringify(after.venueAddress ?? null)) return false;
    return !(field === 'status' && after.status === 'held' && before.status !== 'cancelled');
  });
}
