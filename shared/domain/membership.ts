import { z } from 'zod';
import { idSchema, isoDateSchema, rowMetaSchema } from './primitives';

export const bodies = ['core', 'extended'] as const;
export const bodySchema = z.enum(bodies);
export type Body = z.infer<typeof bodySchema>;

export const memberCategories = ['head', 'personality', 'permanent'] as const;
export const memberCategorySchema = z.enum(memberCategories);
export type MemberCategory = z.infer<typeof memberCategorySchema>;

/**
 * One person holding one seat for a period. Successive holders of a seat share `seatId`
 * ("Nachfolge eintragen" ends one membership and starts the next on the same seat).
 * The heads of the five territories sit in both bodies; their membership has body 'core'
 * and counts for the extended convent too (see membersAsOf).
 */
export const membershipSchema = rowMetaSchema
  .extend({
    personId: idSchema,
    seatId: idSchema,
    body: bodySchema,
    category: memberCategorySchema,
    territoryId: idSchema.optional(),
    role: z.string().trim().optional(),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  })
  .refine((m) => !m.validTo || m.validFrom < m.validTo, {
    message: 'endAfterStart',
    path: ['validTo'],
  });
export type Membership = z.infer<typeof membershipSchema>;

/** A standing deputy of a seat holder, ordered by `position` (1 = first deputy). */
export const deputySchema = rowMetaSchema
  .extend({
    membershipId: idSchema,
    personId: idSchema,
    position: z.number().int().min(1),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  })
  .refine((d) => !d.validTo || d.validFrom < d.validTo, {
    message: 'endAfterStart',
    path: ['validTo'],
  });
export type Deputy = z.infer<typeof deputySchema>;

/** A role with a term, independent of the membership's own period (it rotates). */
export const roleKinds = ['spokesperson'] as const;
export const roleSchema = rowMetaSchema
  .extend({
    personId: idSchema,
    kind: z.enum(roleKinds),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  })
  .refine((r) => !r.validTo || r.validFrom < r.validTo, {
    message: 'endAfterStart',
    path: ['validTo'],
  });
export type Role = z.infer<typeof roleSchema>;
