import type { Sitting } from '../domain/sitting';
import type { Territory } from '../domain/territory';
import { hasVenueAddress, type VenueAddress } from '../domain/venueAddress';

/** A sitting's venue as documents name it: the venue and, where known, its postal address. */
export interface SittingVenue {
  /** "Landratsamt Zwickau" (the sitting's venue text; the host's usual venue when none was typed). */
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

type VenueHost = Pick<Territory, 'defaultVenue' | 'seat' | 'venueAddress'>;

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('de') === b.trim().toLocaleLowerCase('de');

/**
 * Where a sitting takes place, with its address:
 * 1. the address entered for the sitting, while its venue is still the one it was entered for;
 * 2. else the host territory's usual venue address, when the sitting meets at that venue (its venue
 *    is empty, the usual venue's name, or only the host's seat town, the placeholder the forms suggest);
 * 3. else the venue text alone (it may carry its address typed in: "…, 08056 Zwickau").
 */
export function sittingVenue(sitting: Pick<Sitting, 'venue' | 'venueAddress'>, host: VenueHost | undefined): SittingVenue {
  const venue = sitting.venue.trim();
  const own = sitting.venueAddress;
  if (hasVenueAddress(own) && same(own.name, venue)) return withName(own, venue);
  const usual = host?.venueAddress;
  if (host && hasVenueAddress(usual) && (!venue || same(venue, usual.name) || same(venue, host.defaultVenue) || same(venue, host.seat))) {
    // Sitting typed as the seat town only: the usual venue's own name is the better one.
    return withName(usual, !venue || same(venue, host.seat) ? usual.name || host.defaultVenue || venue : venue);
  }
  return { name: venue, street: '', postalCode: '', city: '' };
}

function withName(address: VenueAddress, name: string): SittingVenue {
  return { name, street: address.street.trim(), postalCode: address.postalCode.trim(), city: address.city.trim() };
}

/** "Robert-Müller-Straße 4–8, 08056 Zwickau" ('' when no address is known). */
function venuePostalLine(venue: SittingVenue): string {
  return [venue.street, [venue.postalCode, venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * One line for headings, letters, e-mails and the calendar's LOCATION:
 * "Landratsamt Zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau". A venue that is only the town
 * of its address is not repeated ("Robert-Müller-Straße 4–8, 08056 Zwickau").
 */
export function venueLine(venue: SittingVenue): string {
  const postal = venuePostalLine(venue);
  if (!postal) return venue.name;
  if (!venue.name || same(venue.name, venue.city)) return postal;
  return `${venue.name}, ${postal}`;
}
