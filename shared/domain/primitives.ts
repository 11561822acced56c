import { z } from 'zod';

/** ULID: 26 Crockford base32 characters. Every row id is one. */
export const idSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'invalidId');

/** Calendar date as ISO string, local time Europe/Berlin: 2026-03-11. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dateFormat')
  .refine((value) => isRealDate(value), 'dateNotReal');

/** Time of day: 14:00. */
export const isoTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'timeFormat');

/** Instant as ISO string with zone (updatedAt, invitedAt): 2026-03-11T13:00:00.000Z. */
export const isoInstantSchema = z.string().datetime({ offset: true });

/** Every stored row carries its id and the instant of its last local change. */
export const rowMetaSchema = z.object({
  id: idSchema,
  updatedAt: isoInstantSchema,
});

export const requiredText = (message: string) => z.string().trim().min(1, message);
export const optionalText = z.string().trim().optional();

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
