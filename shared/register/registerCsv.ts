import { csvDocument } from '../export/csv';
import type { Body, MemberCategory } from '../domain/membership';
import { personWithFunction } from '../domain/person';
import { germanDate } from '../dates/germanDates';
import { lastDayOf } from '../domain/periodText';
import type { RegisterGroup } from './registerView';

/** Column titles and value labels, from the UI catalog (the file follows the UI language). */
export interface RegisterCsvLabels {
  columns: {
    category: string;
    body: string;
    territory: string;
    title: string;
    firstName: string;
    lastName: string;
    function: string;
    organization: string;
    memberSince: string;
    memberUntil: string;
    deputies: string;
    spokesperson: string;
    email: string;
    phone: string;
  };
  categories: Record<MemberCategory, string>;
  bodies: Record<Body, string>;
  spokespersonSince: (date: string) => string;
}

/**
 * The register as a spreadsheet: one row per member, dates as TT.MM.JJJJ, the last day of a
 * membership inclusive, standing deputies in their order in one cell.
 */
export function registerCsv(groups: readonly RegisterGroup[], labels: RegisterCsvLabels): string {
  const c = labels.columns;
  const header = [c.category, c.body, c.territory, c.title, c.firstName, c.lastName, c.function, c.organization, c.memberSince, c.memberUntil, c.deputies, c.spokesperson, c.email, c.phone];
  const rows = groups.flatMap((group) =>
    group.entries.map((entry) => [
      labels.categories[group.category],
      labels.bodies[entry.membership.body],
      entry.territory?.name ?? '',
      entry.person.title,
      entry.person.firstName,
      entry.person.lastName,
      entry.person.function,
      entry.person.organization,
      germanDate(entry.membership.validFrom),
      entry.membership.validTo ? germanDate(lastDayOf(entry.membership.validTo)) : '',
      entry.deputies.map((d) => personWithFunction(d.person)).join(', '),
      entry.spokesperson ? labels.spokespersonSince(germanDate(entry.spokesperson.validFrom)) : '',
      entry.person.email,
      entry.person.phone,
    ]),
  );
  return csvDocument([header, ...rows]);
}
