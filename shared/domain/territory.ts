import { z } from 'zod';
import { requiredText, rowMetaSchema } from './primitives';

export const territoryKeys = ['Z', 'MS', 'ERZ', 'V', 'C'] as const;
export const territoryKeySchema = z.enum(territoryKeys);

export const territoryKinds = ['Landkreis', 'Kreisfreie Stadt'] as const;

export const territorySchema = rowMetaSchema.extend({
  key: territoryKeySchema,
  name: requiredText('Bitte den Namen der Gebietskörperschaft angeben'),
  kind: z.enum(territoryKinds),
  headTitle: requiredText('Bitte die Amtsbezeichnung angeben (z. B. Landrat)'),
  seat: requiredText('Bitte den Sitz angeben'),
  defaultVenue: z.string().trim(),
  /** Place in the host rotation, 0-based. */
  rotationIndex: z.number().int().min(0).max(4),
});
export type Territory = z.infer<typeof territorySchema>;
