import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema, isoTimeSchema, rowMetaSchema } from './primitives';

export const agendaItemSchema = rowMetaSchema.extend({
  sittingId: idSchema,
  position: z.number().int().min(1),
  title: z.string().trim().min(1, 'agendaTitleRequired'),
  presenter: z.string().trim().optional(),
  public: z.boolean(),
  /** Minutes text of the item, Markdown. */
  notes: z.string(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const voteSchema = z.object({
  yes: z.number().int().min(0),
  no: z.number().int().min(0),
  abstain: z.number().int().min(0),
});
export type Vote = z.infer<typeof voteSchema>;

export const decisionResults = ['accepted', 'rejected', 'pending'] as const;
export const decisionSchema = rowMetaSchema.extend({
  agendaItemId: idSchema,
  position: z.number().int().min(1).default(1),
  /** The motion as put to the vote, if it differs from the decision's wording. */
  motion: z.string().optional(),
  wording: z.string(),
  /** One field: the three counts change together (DESIGN.md §4). */
  votes: voteSchema.optional(),
  unanimous: z.boolean().optional(),
  result: z.enum(decisionResults),
  /**
   * "Beschluss Nr. 03/2026": the number in the body and year, stored when the minutes are
   * circulated and never changed afterwards (shared/minutes/decisionNumbers.ts). One field.
   */
  fixedNumber: z.object({ number: z.number().int().min(1), year: z.number().int().min(2000).max(2200) }).optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const actionItemStatuses = ['open', 'done', 'dropped'] as const;
export const actionItemSchema = rowMetaSchema.extend({
  sittingId: idSchema,
  agendaItemId: idSchema.optional(),
  text: z.string().trim().min(1, 'actionItemTextRequired'),
  owner: z.string().trim(),
  due: isoDateSchema.optional(),
  status: z.enum(actionItemStatuses),
  doneAt: isoDateSchema.optional(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const minutesStatuses = ['draft', 'circulated', 'approved'] as const;
export const minutesSchema = rowMetaSchema.extend({
  sittingId: idSchema,
  chair: z.string().trim(),
  recorder: z.string().trim(),
  start: isoTimeSchema.optional(),
  end: isoTimeSchema.optional(),
  place: z.string().trim(),
  status: z.enum(minutesStatuses),
  circulatedAt: isoInstantSchema.optional(),
  approvedInSittingId: idSchema.optional(),
  approvedOn: isoDateSchema.optional(),
  contentHash: z.string().optional(),
  /**
   * Approved minutes: the exact document that was approved, with the letterhead of that day, as
   * JSON (shared/minutes/frozenMinutes.ts). One field, so sync carries it as a whole. Absent on
   * drafts, circulated minutes and minutes approved before it existed (those show live data).
   */
  approvedDocument: z.string().optional(),
  version: z.number().int().min(1),
});
export type Minutes = z.infer<typeof minutesSchema>;

/** An earlier, frozen version of approved minutes, kept when a correction (Berichtigung) is made. */
export const minutesVersionSchema = rowMetaSchema.extend({
  minutesId: idSchema,
  version: z.number().int().min(1),
  reason: z.string().trim().min(1, 'correctionReasonRequired'),
  contentHash: z.string(),
  /** The full frozen content (minutes, items, decisions, action items) as JSON. */
  content: z.string(),
  createdAt: isoInstantSchema,
});
export type MinutesVersion = z.infer<typeof minutesVersionSchema>;
