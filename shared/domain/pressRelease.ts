import { z } from 'zod';
import { idSchema, rowMetaSchema } from './primitives';
import { stableId } from './stableId';

/**
 * The press release draft of a sitting: one row per sitting, its id derived from the sitting's, so
 * two PCs that draft it write the same row (the text then merges like any field).
 */
export const pressReleaseSchema = rowMetaSchema.extend({
  sittingId: idSchema,
  /** Plain text; the first line is the heading, paragraphs are separated by a blank line. */
  text: z.string().max(200_000),
});
export type PressRelease = z.infer<typeof pressReleaseSchema>;

export const pressReleaseId = (sittingId: string): string => stableId(`pressRelease:${sittingId}`);
