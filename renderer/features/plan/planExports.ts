import { sittingsToIcs } from '../../../shared/calendar/sittingsToIcs';
import { venueWithAddress } from '../../../shared/calendar/venueAddress';
import { officeOf } from '../../../shared/domain/settings';
import { nowInstant } from '../../db/rowWriter';
import { platform } from '../../platform/platform';
import { germanCatalog, type Messages } from '../../app/i18n/catalog';
import { planNotesText } from '../../app/format/planNotes';
import { territoryLookup, type PlanYearData } from './usePlanYear';

/** The year as an .ics file through the platform's save dialog (web mode: a download). */
export async function exportYearIcs(data: PlanYearData, t: Messages['plan']): Promise<string> {
  const lookup = territoryLookup(data.territories);
  const office = officeOf(data.settings);
  const text = sittingsToIcs({
    sittings: data.sittings,
    calendarName: t.icsCalendarName(data.year, data.settings.conventName),
    hostName: lookup.hostName,
    // The calendar file is a German document, like the printed plan.
    noteOf: (sitting) => planNotesText(sitting, { messages: germanCatalog, language: 'de', hostName: lookup.hostName }),
    now: nowInstant(),
    organizer: { name: office.officeName || data.settings.conventName, email: office.contactEmail },
    locationOf: (sitting) => venueWithAddress(sitting, sitting.hostTerritoryId ? data.territories.find((tr) => tr.id === sitting.hostTerritoryId) : undefined),
  });
  const suggestedName = `Sitzungsplan-${data.year}.ics`;
  const result = await platform().saveFile({
    suggestedName,
    content: new Blob([text], { type: 'text/calendar;charset=utf-8' }),
    filter: { name: 'iCalendar', extensions: ['ics'], mime: 'text/calendar' },
  });
  return result ? t.exported(result.savedAs) : t.exportCancelled;
}

/** The year table as PDF from the print route #/print/plan/<year>. */
export async function exportYearPdf(data: PlanYearData, t: Messages['plan']): Promise<string> {
  const suggestedName = `Sitzungsplan-${data.year}.pdf`;
  const result = await platform().printDocument({
    route: `/print/plan/${data.year}`,
    suggestedName,
  });
  return result ? t.exported(result.savedAs) : t.exportCancelled;
}
