import type { Minutes } from '../domain/minutes';
import type { Role } from '../domain/membership';
import type { Person } from '../domain/person';
import { personWithFunction } from '../domain/person';
import type { Attendance, Sitting } from '../domain/sitting';
import type { Membership } from '../domain/membership';
import { isValidOn } from '../domain/validity';
import { stableId } from '../domain/stableId';

/**
 * The minutes row of a sitting has an id derived from the sitting, so two PCs that start the
 * same minutes offline write the same row (sync merges its fields) instead of two rows for one
 * sitting (minutes.sittingId is unique).
 */
export const minutesIdForSitting = (sittingId: string): string => stableId(`minutes:${sittingId}`);

/**
 * A new minutes draft: place and times as planned for the sitting, the chair suggested from the
 * spokesperson (Sprecher) if they attended in person. The minute taker is always left to the user.
 */
export function defaultMinutes(input: {
  sitting: Sitting;
  roles: readonly Role[];
  persons: readonly Person[];
  memberships: readonly Membership[];
  attendance: readonly Attendance[];
  now: string;
}): Minutes {
  const { sitting } = input;
  const spokesperson = input.roles.find((role) => role.kind === 'spokesperson' && isValidOn(role, sitting.date));
  const membershipIds = new Set(input.memberships.filter((m) => m.personId === spokesperson?.personId).map((m) => m.id));
  const attendedInPerson = input.attendance.some(
    (a) => a.sittingId === sitting.id && membershipIds.has(a.membershipId) && a.status === 'present',
  );
  const chairPerson = attendedInPerson ? input.persons.find((p) => p.id === spokesperson?.personId) : undefined;
  return {
    id: minutesIdForSitting(sitting.id),
    updatedAt: input.now,
    sittingId: sitting.id,
    chair: chairPerson ? personWithFunction(chairPerson) : '',
    recorder: '',
    start: sitting.start,
    end: sitting.end,
    place: sitting.venue,
    status: 'draft',
    version: 1,
  };
}
