import type { Sitting } from '../domain/sitting';
import type { Territory } from '../domain/territory';
import { sittingVenue, venueLine } from '../sittings/venue';

const hasPostalCode = (text: string) => /\b\d{5}\b/.test(text);

/**
 * The venue as one line with its full address (calendar LOCATION, invitation, e-mail).
 * Structured addresses first (shared/sittings/venue.ts: the sitting's own, else the host's usual
 * venue address). Without one, the older free-text rule: a venue typed with its address stays as it
 * is; a short venue ("Zwickau", "Landratsamt Zwickau") is completed with the host's usual venue
 * when that one carries an address and starts with, or contains, the short text.
 */
export function venueWithAddress(
  sitting: string | Pick<Sitting, 'venue' | 'venueAddress'>,
  host: Pick<Territory, 'defaultVenue' | 'seat' | 'venueAddress'> | undefined,
): string {
  const row = typeof sitting === 'string' ? { venue: sitting } : sitting;
  const structured = sittingVenue(row, host);
  if (structured.street || structured.postalCode || structured.city) return venueLine(structured);
  const text = row.venue.trim();
  if (hasPostalCode(text) || !host) return text;
  const usual = host.defaultVenue.trim();
  if (!hasPostalCode(usual)) return text;
  if (!text || usual.toLocaleLowerCase('de').includes(text.toLocaleLowerCase('de')) || text === host.seat) return usual;
  return text;
}
