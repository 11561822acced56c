import { z } from 'zod';

/**
 * The postal address of a venue ("Landratsamt Zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau"),
 * kept with the venue name it was entered for. It is one field (an object), so it syncs and
 * conflicts as a whole (docs/sync-format.md), and it applies only while the venue is still that
 * name: a plan change that gives the sitting another venue (host swap, shifted host) never prints
 * the old address under the new name. Optional everywhere: data from before it existed has none.
 */
export const venueAddressSchema = z.object({
  /** The venue name this address belongs to (the sitting's venue, the territory's usual venue). */
  name: z.string().trim(),
  street: z.string().trim(),
  postalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/, 'postalCodeInvalid')]),
  city: z.string().trim(),
});
export type VenueAddress = z.infer<typeof venueAddressSchema>;

/** An address with nothing typed in is no address. */
export function hasVenueAddress(address: VenueAddress | undefined): address is VenueAddress {
  return !!address && !!(address.street.trim() || address.postalCode.trim() || address.city.trim());
}

/** The three address fields as forms show them (flat), checked like the stored address. */
export const venueAddressFormShape = {
  venueStreet: z.string().trim(),
  venuePostalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/, 'postalCodeInvalid')]),
  venueCity: z.string().trim(),
};
export interface VenueAddressFormValues {
  venueStreet: string;
  venuePostalCode: string;
  venueCity: string;
}

export function venueAddressFormValues(address: Pick<VenueAddress, 'street' | 'postalCode' | 'city'> | undefined): VenueAddressFormValues {
  return { venueStreet: address?.street ?? '', venuePostalCode: address?.postalCode ?? '', venueCity: address?.city ?? '' };
}

/** The stored address of the venue `name` from a form; undefined when nothing was typed in. */
export function venueAddressFromForm(name: string, values: VenueAddressFormValues): VenueAddress | undefined {
  const address = { name: name.trim(), street: values.venueStreet.trim(), postalCode: values.venuePostalCode.trim(), city: values.venueCity.trim() };
  return hasVenueAddress(address) ? address : undefined;
}
