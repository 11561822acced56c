import type { Territory } from '../domain/territory';

const hasPostalCode = (text: string) => /\b\d{5}\b/.test(text);

/**
 * The venue as a calendar LOCATION: the full address. A venue typed with its address stays as it
 * is; a short venue ("Zwickau", "Landratsamt Zwickau") is completed with the host's usual venue
 * when that one carries an address and starts with, or contains, the short text.
 */
export function venueWithAddress(venue: string, host: Pick<Territory, 'defaultVenue' | 'seat'> | undefined): string {
  const text = venue.trim();
  if (hasPostalCode(text) || !host) return text;
  const usual = host.defaultVenue.trim();
  if (!hasPostalCode(usual)) return text;
  if (!text || usual.toLocaleLowerCase('de').includes(text.toLocaleLowerCase('de')) || text === host.seat) return usual;
  return text;
}
