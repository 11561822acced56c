import { z } from 'zod';
import { idSchema, isoDateSchema, isoTimeSchema, rowMetaSchema } from './primitives';
import { bodySchema } from './membership';

export const weekdays = [1, 2, 3, 4, 5] as const; // Monday … Friday (ISO weekday numbers)
export const ordinals = [1, 2, 3, 4, -1] as const; // 1st … 4th, -1 = last

export const planRuleSchema = z.object({
  weekday: z.number().int().min(1).max(5),
  ordinal: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  start: isoTimeSchema,
  end: isoTimeSchema,
}).refine((r) => r.start < r.end, { message: 'endAfterStart', path: ['end'] });
export type PlanRule = z.infer<typeof planRuleSchema>;

export const holidayPolicies = ['nextWorkingDay', 'weekLaterSameMonth'] as const;
export type HolidayPolicy = (typeof holidayPolicies)[number];
export const cancelPolicies = ['keepsTurn', 'losesTurn'] as const;
export type CancelPolicy = (typeof cancelPolicies)[number];

export const blockedPeriodSchema = z
  .object({
    label: z.string().trim().min(1, 'labelRequired'),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .refine((p) => p.from <= p.to, { message: 'endNotBeforeStart', path: ['to'] });
export type BlockedPeriod = z.infer<typeof blockedPeriodSchema>;

export const planSchema = rowMetaSchema.extend({
  year: z.number().int().min(2000).max(2100),
  body: bodySchema,
  rule: planRuleSchema,
  skipMonths: z.array(z.number().int().min(1).max(12)),
  rotationOrder: z
    .array(idSchema)
    .min(2, 'rotationTwoHosts')
    .refine((ids) => new Set(ids).size === ids.length, 'rotationHostOnce'),
  startTerritoryId: idSchema,
  holidayPolicy: z.enum(holidayPolicies),
  blockedPeriods: z.array(blockedPeriodSchema),
  cancelPolicy: z.enum(cancelPolicies).default('keepsTurn'),
}).refine((p) => p.rotationOrder.includes(p.startTerritoryId), {
  message: 'firstHostInRotation',
  path: ['startTerritoryId'],
});
export type Plan = z.infer<typeof planSchema>;
