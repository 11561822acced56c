import { z } from 'zod';
import { bodySchema } from '../../../shared/domain/membership';
import { blockedPeriodSchema, cancelPolicies, holidayPolicies, planRuleSchema } from '../../../shared/domain/plan';
import { idSchema } from '../../../shared/domain/primitives';

/**
 * The plan form: the plan's own schema parts, plus the venue per host (kept on the territories)
 * and an empty first host meaning "continue the rotation".
 */
export const planFormSchema = z.object({
  body: bodySchema,
  rule: planRuleSchema,
  skipMonths: z.array(z.number().int().min(1).max(12)).max(11, 'oneMonthNeedsSitting'),
  rotationOrder: z
    .array(idSchema)
    .min(2, 'rotationTwoHosts')
    .refine((ids) => new Set(ids).size === ids.length, 'rotationHostOnce'),
  startTerritoryId: z.union([z.literal(''), idSchema]),
  holidayPolicy: z.enum(holidayPolicies),
  cancelPolicy: z.enum(cancelPolicies),
  venues: z.array(z.object({ territoryId: idSchema, venue: z.string().trim().min(1, 'venueRequired') })),
  blockedPeriods: z.array(blockedPeriodSchema),
});
export type PlanFormValues = z.infer<typeof planFormSchema>;
