import { z } from 'zod';
import { requiredText, rowMetaSchema } from './primitives';
import { venueAddressSchema } from './venueAddress';

export const territoryKeys = ['Z', 'MS', 'ERZ', 'V', 'C'] as const;
export const territoryKeySchema = z.enum(territoryKeys);

export const territoryKinds = ['Landkreis', 'Kreisfreie Stadt'] as const;

export const territorySchema = rowMetaSchema.extend({
  key: territoryKeySchema,
  name: requiredText('territoryNameRequired'),
  kind: z.enum(territoryKinds),
  headTitle: requiredText('headTitleRequired'),
  seat: requiredText('seatRequired'),
  defaultVenue: z.string().trim(),
  /** The usual venue's postal address: the default for the sittings this territory hosts. */
  venueAddress: venueAddressSchema.optional(),
  /** Place in the host rotation, 0-based. */
  rotationIndex: z.number().int().min(0).max(4),
});
export type Territory = z.infer<typeof territorySchema>;
