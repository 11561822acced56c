import { personWithFunction } from '../domain/person';
import { germanDate } from '../dates/germanDates';
import { lastDayOf } from '../domain/periodText';
import { dateCell, text, type Sheet } from '../export/spreadsheet';
import type { RegisterCsvLabels } from './registerCsv';
import type { RegisterGroup } from './registerView';

/** The register as a worksheet: the CSV's columns, the dates as date cells, phone numbers as text. */
export function registerSheet(groups: readonly RegisterGroup[], labels: RegisterCsvLabels, name: string): Sheet {
  const c = labels.columns;
  return {
    name,
    header: [c.category, c.body, c.territory, c.title, c.firstName, c.lastName, c.function, c.organization, c.memberSince, c.memberUntil, c.deputies, c.spokesperson, c.email, c.phone],
    rows: groups.flatMap((group) =>
      group.entries.map((entry) => [
        text(labels.categories[group.category]),
        text(labels.bodies[entry.membership.body]),
        text(entry.territory?.name ?? ''),
        text(entry.person.title),
        text(entry.person.firstName),
        text(entry.person.lastName),
        text(entry.person.function),
        text(entry.person.organization),
        dateCell(entry.membership.validFrom),
        dateCell(entry.membership.validTo ? lastDayOf(entry.membership.validTo) : undefined),
        text(entry.deputies.map((d) => personWithFunction(d.person)).join(', ')),
        text(entry.spokesperson ? labels.spokespersonSince(germanDate(entry.spokesperson.validFrom)) : ''),
        text(entry.person.email),
        text(entry.person.phone),
      ]),
    ),
  };
}
