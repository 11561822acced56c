import type { Sitting } from '../domain/sitting';
import { BERLIN_TZID, berlinVTimezone } from './berlinTimezone';
import { escapeIcsText, icsDocument, icsLocalDateTime, icsUtcDateTime } from './icsText';

export interface IcsExportInput {
  sittings: readonly Sitting[];
  calendarName: string;
  hostName: (territoryId: string | undefined) => string;
  /** DTSTAMP: when the file was made (instant). */
  now: string;
}

/** Stable per sitting: re-importing the file updates the event instead of adding a second one. */
export const sittingUid = (sittingId: string) => `${sittingId}@konvent.regionalkonvent-suedwestsachsen`;

function eventLines(sitting: Sitting, input: IcsExportInput): string[] {
  const cancelled = sitting.status === 'cancelled';
  const host = input.hostName(sitting.hostTerritoryId);
  const summary = `${cancelled ? 'Abgesagt: ' : ''}${sitting.title || 'Sitzung'}${host ? ` (${host})` : ''}`;
  const description = [host ? `Gastgeber: ${host}` : '', sitting.planNote ? `Hinweis: ${sitting.planNote}` : '']
    .filter(Boolean)
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${sittingUid(sitting.id)}`,
    `DTSTAMP:${icsUtcDateTime(input.now)}`,
    `LAST-MODIFIED:${icsUtcDateTime(sitting.updatedAt)}`,
    `SEQUENCE:${sitting.calendarSequence}`,
    `DTSTART;TZID=${BERLIN_TZID}:${icsLocalDateTime(sitting.date, sitting.start)}`,
    `DTEND;TZID=${BERLIN_TZID}:${icsLocalDateTime(sitting.date, sitting.end)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    ...(sitting.venue ? [`LOCATION:${escapeIcsText(sitting.venue)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
}

/**
 * The sittings as an iCalendar file (RFC 5545): times in Europe/Berlin with its VTIMEZONE, a
 * stable UID and the sitting's calendarSequence as SEQUENCE, cancelled sittings kept as
 * STATUS:CANCELLED so a calendar that imported them before marks them cancelled.
 */
export function sittingsToIcs(input: IcsExportInput): string {
  const events = [...input.sittings].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Regionalkonvent Suedwestsachsen//Konvent//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(input.calendarName)}`,
    `X-WR-TIMEZONE:${BERLIN_TZID}`,
    ...berlinVTimezone,
    ...events.flatMap((s) => eventLines(s, input)),
    'END:VCALENDAR',
  ]);
}
