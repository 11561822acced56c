/**
 * VTIMEZONE for Europe/Berlin with the EU rules in force since 1996 (last Sunday of March 02:00 →
 * CEST, last Sunday of October 03:00 → CET). Outlook needs the definition in the file to place
 * TZID times correctly; other clients recognise the IANA name.
 */
export const BERLIN_TZID = 'Europe/Berlin';

export const berlinVTimezone: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${BERLIN_TZID}`,
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
