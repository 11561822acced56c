import type { z } from 'zod';
import { territorySchema } from './territory';
import { personSchema } from './person';
import { deputySchema, membershipSchema, roleSchema } from './membership';
import { attendanceSchema, guestSchema, sittingSchema } from './sitting';
import { actionItemSchema, agendaItemSchema, decisionSchema, minutesSchema, minutesVersionSchema } from './minutes';
import { planSchema } from './plan';
import { settingsSchema } from './settings';
import { pressReleaseSchema } from './pressRelease';
import type { DomainTableName } from './tableNames';

export { domainTableNames, isDomainTableName, type DomainTableName } from './tableNames';

/**
 * The domain tables and the schema that validates each row. Every write, every sync op that
 * lands, and every restored backup row is checked against this one map.
 */
export const domainTableSchemas = {
  territories: territorySchema,
  persons: personSchema,
  memberships: membershipSchema,
  deputies: deputySchema,
  roles: roleSchema,
  plans: planSchema,
  sittings: sittingSchema,
  attendance: attendanceSchema,
  guests: guestSchema,
  agendaItems: agendaItemSchema,
  decisions: decisionSchema,
  actionItems: actionItemSchema,
  minutes: minutesSchema,
  minutesVersions: minutesVersionSchema,
  settings: settingsSchema,
  pressReleases: pressReleaseSchema,
} as const satisfies Record<DomainTableName, z.ZodType>;

export type DomainRow<T extends DomainTableName> = z.infer<(typeof domainTableSchemas)[T]>;
