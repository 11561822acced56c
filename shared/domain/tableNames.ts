/**
 * The names of the domain tables, without their schemas (shared/domain/tables.ts): what the database
 * and the change capture need at start-up, so zod and the schemas load only with the first write.
 */
export const domainTableNames = [
  'territories',
  'persons',
  'memberships',
  'deputies',
  'roles',
  'plans',
  'sittings',
  'attendance',
  'guests',
  'agendaItems',
  'decisions',
  'actionItems',
  'minutes',
  'minutesVersions',
  'settings',
  'pressReleases',
] as const;

export type DomainTableName = (typeof domainTableNames)[number];

const names: ReadonlySet<string> = new Set(domainTableNames);

export function isDomainTableName(name: string): name is DomainTableName {
  return names.has(name);
}
