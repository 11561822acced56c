import { z } from 'zod';
import { idSchema, isoDateSchema, isoTimeSchema } from './primitives';
import { cancelPolicies, holidayPolicies } from './plan';

/** Why a day does not suit a sitting; the holiday's German name is kept as the key of its translation. */
export const dayObstacleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekend') }),
  z.object({ kind: z.literal('holiday'), name: z.string() }),
  z.object({ kind: z.literal('blocked'), label: z.string() }),
]);
export type DayObstacle = z.infer<typeof dayObstacleSchema>;

const typed = z.string().trim().max(500).optional();

/**
 * Why a sitting of the plan is where it is, as data: the UI words each reason in its language at
 * display time (renderer/app/format/planNotes.ts), with the sitting's current host. Host names are
 * never stored in a reason, so a reason always names the host the sitting has now. `text` is what
 * the user typed (kept as typed).
 */
export const planReasonSchema = z.discriminatedUnion('code', [
  /** The rule's day was unsuitable; the plan moved the sitting within the month. */
  z.object({
    code: z.literal('scheduleMoved'),
    ruleDate: isoDateSchema,
    date: isoDateSchema,
    obstacle: dayObstacleSchema,
    policy: z.enum(holidayPolicies),
    /** Moved to an earlier day (no free later day in the month). */
    earlier: z.boolean(),
  }),
  /** Moved by hand to another day (`start`/`end` when the time changed as well). */
  z.object({ code: z.literal('moved'), from: isoDateSchema, to: isoDateSchema, start: isoTimeSchema.optional(), end: isoTimeSchema.optional(), text: typed }),
  /** Only the time changed. */
  z.object({ code: z.literal('timeChanged'), start: isoTimeSchema, end: isoTimeSchema, text: typed }),
  /** Host exchanged with the sitting of `otherDate`; `from` is the host the plan gave it first. */
  z.object({ code: z.literal('hostsSwapped'), otherDate: isoDateSchema, from: idSchema.optional() }),
  /** Host changed because earlier sittings were cancelled and their hosts kept the turn. */
  z.object({ code: z.literal('hostShifted'), from: idSchema.optional(), cancelledDates: z.array(isoDateSchema).min(1) }),
  /** Cancelled; did its host keep the turn? */
  z.object({ code: z.literal('cancelled'), turn: z.enum(cancelPolicies), text: typed }),
  /** Added outside the rotation. */
  z.object({ code: z.literal('extra'), text: typed }),
]);
export type PlanReason = z.infer<typeof planReasonSchema>;
