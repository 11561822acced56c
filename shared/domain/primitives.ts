import { z } from 'zod';
import { isRealIsoDate } from '../dates/isoDates';

/** ULID: 26 Crockford base32 characters. Every row id is one. */
export const idSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'invalidId');

/**
 * The plausible years of any date in Konvent: the convent's records start in the 2020s; 1990 leaves
 * room for older memberships and birth-era data, 2100 for long-running terms and plans. A typo such
 * as 01.01.0100 or 1899 is refused with a German message instead of creating a sitting in year 100.
 */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Calendar date as ISO string, local time Europe/Berlin: 2026-03-11. Shared by every form and every write. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dateFormat')
  .refine((value) => isRealIsoDate(value), 'dateNotReal')
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, `dateOutOfRange|${MIN_YEAR}–${MAX_YEAR}`);

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

