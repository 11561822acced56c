import type { Sitting } from '../domain/sitting';

export type Announced = NonNullable<Sitting['announced']>;

/** What a letter sent now tells the members: the sitting as it stands. */
export function announcementOf(sitting: Pick<Sitting, 'date' | 'start' | 'end' | 'venue' | 'venueAddress' | 'calendarSequence'>): Announced {
  return { date: sitting.date, start: sitting.start, end: sitting.end, venue: sitting.venue, venueAddress: sitting.venueAddress, sequence: sitting.calendarSequence };
}

/** The sitting's own venue address as told ('' for none: an empty address tells nothing either). */
const addressKey = (address: Sitting['venueAddress']) =>
  address && (address.street || address.postalCode || address.city) ? [address.name, address.street, address.postalCode, address.city].join('\u0000') : '';

/**
 * A plan change (move, cancel, host swap) of a sitting the members were invited to keeps what they
 * were told: a sitting invited before letters recorded it gets the state before the change.
 */
export function keepAnnounced(before: Sitting, after: Sitting): Sitting {
  if (after.announced || !before.invitedAt) return after;
  return { ...after, announced: announcementOf(before) };
}

export type AnnouncementState =
  /** Not invited yet: nothing was announced. */
  | { kind: 'none' }
  /** The members know the sitting as it stands. */
  | { kind: 'told' }
  /** Moved or another venue after the letter: a Terminänderung must go out. */
  | { kind: 'changeUntold'; announced: Announced }
  /** Cancelled after the invitation: an Absage must go out. */
  | { kind: 'cancelUntold'; announced: Announced };

export function announcementState(
  sitting: Pick<Sitting, 'date' | 'start' | 'end' | 'venue' | 'venueAddress' | 'status' | 'invitedAt' | 'announced' | 'calendarSequence'>,
): AnnouncementState {
  const announced = sitting.announced;
  if (!sitting.invitedAt || !announced) return sitting.invitedAt ? { kind: 'told' } : { kind: 'none' };
  if (announced.sequence >= sitting.calendarSequence) return { kind: 'told' };
  if (sitting.status === 'cancelled') return { kind: 'cancelUntold', announced };
  const same = announced.date === sitting.date && announced.start === sitting.start && announced.end === sitting.end && announced.venue === sitting.venue &&
    addressKey(announced.venueAddress) === addressKey(sitting.venueAddress);
  return same ? { kind: 'told' } : { kind: 'changeUntold', announced };
}
