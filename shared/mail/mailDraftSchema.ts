import { z } from 'zod';

/** What crosses the bridge for an e-mail draft: addresses, texts and attachments as base64. */
const address = z.object({ name: z.string().max(300), address: z.string().email().max(254) }).strict();
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\r\n]+$/, 'Dateiname ohne Pfad');

export const mailDraftPayloadSchema = z
  .object({
    from: address.optional(),
    to: z.array(address).max(200),
    cc: z.array(address).max(200),
    subject: z.string().max(500),
    text: z.string().max(200_000),
    date: z.string().datetime(),
    attachments: z
      .array(
        z
          .object({
            fileName,
            contentType: z.enum(['application/pdf', 'text/calendar; method=PUBLISH', 'text/plain']),
            base64: z.string().max(70 * 1024 * 1024),
          })
          .strict(),
      )
      .max(5),
  })
  .strict();

/** The name of a draft file the app writes into its own draft folder: no path, no dots to climb. */
export const draftNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Name eines E-Mail-Entwurfs');
