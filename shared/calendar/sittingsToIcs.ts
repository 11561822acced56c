import type { Sitting } from '../domain/sitting';
import { BERLIN_TZID, berlinVTimezone } from './berlinTimezone';
import { escapeIcsText, icsDocument, icsLocalDateTime, icsUtcDateTime } from './icsText';

export interface IcsExportInput {
  sittings: readonly Sitting[];
  calendarName: string;
  hostName: (territoryId: string | undefined) => string;
  /** DTSTAMP: when the file was made (instant). */
  now: string;
  /** The Geschäftsstelle (RFC 5546: METHOD:PUBLISH wants an ORGANIZER). Left out without an e-mail address. */
  organizer?: { name: string; email: string } | undefined;
  /** The full address for a venue text that is not one yet (e.g. the host's usual venue); default: the text. */
  locationOf?: ((sitting: Sitting) => string) | undefined;
  /** The plan's notes on the sitting in words (its reasons are stored as data); default: none. */
  noteOf?: ((sitting: Sitting) => string) | undefined;
}

/** An untitled sitting is named after its body (the calendar file is German, like the letters). */
const untitled = { core: 'Sitzung des Regionalkonvents', extended: 'Sitzung des erweiterten Regionalkonvents' } as const;

/** A parameter value (RFC 5545 §3.2): quoted, DQUOTE and control characters are not allowed in it. */
const paramValue = (text: string) => `"${text.replace(/["\r\n\t]/g, ' ').trim()}"`;

/** ORGANIZER;CN="Geschäftsstelle …":mailto:geschaeftsstelle@example.org */
export function organizerLine(organizer: { name: string; email: string } | undefined): string[] {
  const email = organizer?.email.trim();
  if (!organizer || !email) return [];
  const cn = organizer.name.trim() ? `;CN=${paramValue(organizer.name)}` : '';
  return [`ORGANIZER${cn}:mailto:${email}`];
}

/** Stable per sitting: re-importing the file updates the event instead of adding a second one. */
export const sittingUid = (sittingId: string) => `${sittingId}@konvent.regionalkonvent-suedwestsachsen`;

function eventLines(sitting: Sitting, input: IcsExportInput): string[] {
  const cancelled = sitting.status === 'cancelled';
  const host = input.hostName(sitting.hostTerritoryId);
  const summary = `${cancelled ? 'Abgesagt: ' : ''}${sitting.title || untitled[sitting.body]}${host ? ` (${host})` : ''}`;
  const note = input.noteOf?.(sitting) ?? sitting.planNote ?? '';
  const location = (input.locationOf ? input.locationOf(sitting) : sitting.venue).trim();
  const description = [host ? `Gastgeber: ${host}` : '', note ? `Hinweis: ${note}` : '']
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
    ...organizerLine(input.organizer),
    ...(location ? [`LOCATION:${escapeIcsText(location)}`] : []),
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
