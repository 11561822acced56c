import { z } from 'zod';
import { territoryKeySchema, territoryKinds } from '../domain/territory';

const rosterPersonSchema = z.object({
  title: z.string().optional(),
  name: z.string().min(1),
  function: z.string(),
  organization: z.string().optional(),
});

/** The shape of assets/demo/roster.json (copied from shared/data/roster.json of the steering repo). */
export const rosterSchema = z.object({
  convent: z.object({
    name: z.string(),
    spokesperson: z.object({ person: z.string(), since: z.string() }),
  }),
  territories: z.array(
    z.object({
      key: territoryKeySchema,
      name: z.string(),
      kind: z.enum(territoryKinds),
      headTitle: z.string(),
      seat: z.string(),
    }),
  ),
  members: z.array(
    rosterPersonSchema.extend({
      territory: territoryKeySchema.optional(),
      category: z.enum(['head', 'personality', 'permanent']),
      note: z.string().optional(),
    }),
  ),
  deputies: z.array(z.object({ for: z.string(), deputy: rosterPersonSchema })),
  sittings: z.array(
    z.object({
      body: z.enum(['core', 'extended']),
      date: z.string().nullable(),
      place: z.string(),
      host: territoryKeySchema,
      title: z.string(),
      attendance: z
        .array(
          z.object({
            member: z.string(),
            status: z.enum(['present', 'excused', 'absent', 'represented']),
            role: z.string().optional(),
            by: z.string().optional(),
          }),
        )
        .optional(),
      guests: z.array(z.object({ name: z.string(), function: z.string() })).optional(),
      agenda: z.array(z.string()).optional(),
    }),
  ),
});
export type Roster = z.infer<typeof rosterSchema>;
