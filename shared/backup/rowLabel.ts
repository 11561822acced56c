import type { DomainTableName } from '../domain/tables';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const short = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/**
 * A readable name for a row of a backup, even a broken one (only its text fields are used): the
 * person's name, the sitting's date, the item's title. Null when the row has none (the renderer
 * then names it by its number).
 */
export function backupRowLabel(table: DomainTableName, row: unknown): string | null {
  const r = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>;
  const parts: Record<DomainTableName, string[]> = {
    territories: [text(r.name)],
    persons: [text(r.title), text(r.firstName), text(r.lastName)],
    memberships: [],
    deputies: [],
    roles: [],
    plans: [typeof r.year === 'number' ? String(r.year) : ''],
    sittings: [text(r.date), text(r.title)],
    attendance: [],
    guests: [text(r.name)],
    agendaItems: [text(r.title)],
    decisions: [text(r.wording)],
    actionItems: [text(r.text)],
    minutes: [],
    minutesVersions: [],
    settings: [],
    pressReleases: [],
  };
  const label = short(parts[table].filter(Boolean).join(' '));
  return label || null;
}
