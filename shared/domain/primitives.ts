import { z } from 'zod';
import { isRealIsoDate } from '../dates/isoDates';

/** ULID: 26 Crockford base32 characters. Every row id is one. */
export const idSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Ungültige Kennung');

/** Calendar date as ISO string, local time Europe/Berlin: 2026-03-11. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Bitte ein Datum im Format TT.MM.JJJJ angeben')
  .refine((value) => isRealIsoDate(value), 'Dieses Datum gibt es nicht');

/** Time of day: 14:00. */
export const isoTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Bitte eine Uhrzeit wie 14:00 angeben');

/** Instant as ISO string with zone (updatedAt, invitedAt): 2026-03-11T13:00:00.000Z. */
export const isoInstantSchema = z.string().datetime({ offset: true });

/** Every stored row carries its id and the instant of its last local change. */
export const rowMetaSchema = z.object({
  id: idSchema,
  updatedAt: isoInstantSchema,
});

export const requiredText = (message: string) => z.string().trim().min(1, message);

