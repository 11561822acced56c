import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema, isoTimeSchema, rowMetaSchema } from './primitives';
import { bodySchema } from './membership';
import { quorumRules } from './settings';
import { venueAddressSchema } from './venueAddress';
import { planReasonSchema } from './planReason';

export const sittingStatuses = ['planned', 'invited', 'held', 'cancelled'] as const;
export const sittingStatusSchema = z.enum(sittingStatuses);
export type SittingStatus = z.infer<typeof sittingStatusSchema>;

export const sittingSchema = rowMetaSchema.extend({
  planId: idSchema.optional(),
  body: bodySchema,
  title: z.string().trim(),
  date: isoDateSchema,
  start: isoTimeSchema,
  end: isoTimeSchema,
  hostTerritoryId: idSchema.optional(),
  venue: z.string().trim(),
  /** The venue's postal address (shared/sittings/venue.ts); none: the host's usual venue address applies. */
  venueAddress: venueAddressSchema.optional(),
  status: sittingStatusSchema,
  invitedAt: isoInstantSchema.optional(),
  /**
   * Why a planned date moved or a sitting was added/cancelled, as German text: written by versions
   * before planReasons, shown as it is (never rewritten).
   */
  planNote: z.string().optional(),
  /** Why the sitting is where it is, as data, worded in the UI language when shown (shared/domain/planReason.ts). */
  planReasons: z.array(planReasonSchema).optional(),
  /** A cancelled sitting: did its host keep the turn (hosts the next one) or lose it? */
  cancelTurn: z.enum(['keepsTurn', 'losesTurn']).optional(),
  /** Added outside the rotation ("zusätzliche Sitzung"): never shifted when a turn is kept. */
  extra: z.boolean().optional(),
  /**
   * The quorum rule and notice period that applied to this sitting, kept from the moment it is
   * marked "durchgeführt" or its minutes are approved (shared/sittings/rulesOfTheDay.ts): a later
   * change in Einstellungen never changes the verdict for a held sitting.
   */
  rulesOfTheDay: z
    .object({ quorumRule: z.enum(quorumRules), noticePeriodDays: z.number().int().min(0).max(90) })
    .optional(),
  /** Increases on every change that matters to calendars (.ics SEQUENCE). */
  calendarSequence: z.number().int().min(0).default(0),
  /**
   * What the members were last told by letter (invitation, Terminänderung, Absage): date, time and
   * venue, and the calendarSequence at that moment. A later change means they must be told again.
   */
  announced: z
    .object({
      date: isoDateSchema,
      start: isoTimeSchema,
      end: isoTimeSchema,
      venue: z.string(),
      venueAddress: venueAddressSchema.optional(),
      sequence: z.number().int().min(0),
      /** The date the members knew before this letter moved the sitting (the e-mail of a Terminänderung names it). */
      previousDate: isoDateSchema.optional(),
    })
    .optional(),
});
export type Sitting = z.infer<typeof sittingSchema>;

export const attendanceStatuses = ['present', 'excused', 'absent', 'represented'] as const;
export const attendanceStatusSchema = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const attendanceSchema = rowMetaSchema
  .extend({
    sittingId: idSchema,
    membershipId: idSchema,
    status: attendanceStatusSchema,
    reason: z.string().trim().optional(),
    deputyPersonId: idSchema.optional(),
    /** Set when the user confirmed that this deputy also represents another member. */
    deputyDoubleConfirmed: z.boolean().optional(),
    role: z.string().trim().optional(),
    arrivedAt: isoTimeSchema.optional(),
    leftAt: isoTimeSchema.optional(),
  })
  .refine((a) => a.status !== 'represented' || !!a.deputyPersonId, {
    message: 'deputyRequired',
    path: ['deputyPersonId'],
  });
export type Attendance = z.infer<typeof attendanceSchema>;

export const guestSchema = rowMetaSchema.extend({
  sittingId: idSchema,
  name: z.string().trim().min(1, 'guestNameRequired'),
  function: z.string().trim(),
  organization: z.string().trim(),
});
export type Guest = z.infer<typeof guestSchema>;
