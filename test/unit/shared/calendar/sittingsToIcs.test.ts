import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Sitting } from '../../../../shared/domain/sitting';
import { sittingsToIcs, sittingUid } from '../../../../shared/calendar/sittingsToIcs';
import { foldIcsLine } from '../../../../shared/calendar/icsText';
import { venueWithAddress } from '../../../../shared/calendar/venueAddress';
import { cancelSitting, moveSitting } from '../../../../shared/plan/sittingChanges';
import { context, MS, notes, planSittings, territoryIds } from '../plan/planFixtures';

const plan = planSittings({
  year: 2026,
  rule: { weekday: 3, ordinal: 2 },
  skipMonths: [8],
  holidayPolicy: 'nextWorkingDay',
  blockedPeriods: [{ label: 'Herbstferien 2026', from: '2026-10-12', to: '2026-10-24' }],
  rotationOrder: territoryIds,
  startTerritoryId: MS,
});

function exportAndParse(sittings: readonly Sitting[]) {
  const text = sittingsToIcs({
    sittings,
    calendarName: 'Sitzungsplan 2026 – Regionalkonvent Südwestsachsen',
    hostName: context.hostName,
    noteOf: (sitting) => notes(sitting) ?? '',
    now: '2026-11-21T08:00:00.000Z',
  });
  const root = new ICAL.Component(ICAL.parse(text));
  const timezone = new ICAL.Timezone(root.getFirstSubcomponent('vtimezone') as ICAL.Component);
  ICAL.TimezoneService.register(timezone, 'Europe/Berlin');
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { text, root, events };
}

describe('.ics export, parsed back with ical.js', () => {
  it('has one event per sitting with the plan’s date, time in Berlin, place, host, stable UID and SEQUENCE', () => {
    const { events, root } = exportAndParse(plan);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(events).toHaveLength(plan.length);
    for (const [i, sitting] of plan.entries()) {
      const event = events[i] as ICAL.Event;
      expect(event.uid).toBe(sittingUid(sitting.id));
      expect(event.sequence).toBe(0);
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
      expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
      expect(event.startDate.toString()).toBe(`${sitting.date}T${sitting.start}:00`);
      expect(event.endDate.toString()).toBe(`${sitting.date}T${sitting.end}:00`);
      expect(event.location).toBe(sitting.venue);
      expect(event.summary).toBe(`Sitzung des erweiterten Regionalkonvents (${context.hostName(sitting.hostTerritoryId)})`);
      expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    }
    // The VTIMEZONE puts the times right: CET in winter, CEST in summer.
    expect(events[0]?.startDate.toUnixTime()).toBe(Date.parse('2026-01-14T13:00:00Z') / 1000);
    expect(events[5]?.startDate.toUnixTime()).toBe(Date.parse('2026-06-10T12:00:00Z') / 1000);
    // The autumn holidays moved October: the note travels along.
    const october = events.find((e) => e.startDate.toString().startsWith('2026-10'));
    expect(october?.description).toContain('Sperrzeit: Herbstferien 2026');
  });

  it('after a move and a cancellation the UIDs stay, SEQUENCE rises, the cancelled one says CANCELLED', () => {
    const moved = moveSitting(plan[1] as Sitting, { date: '2026-02-25', start: '15:00', end: '17:00' });
    const changed = [moved, ...cancelSitting(plan, plan[3] as Sitting, 'keepsTurn', context)];
    const byId = new Map(changed.map((s) => [s.id, s]));
    const after = plan.map((s) => byId.get(s.id) ?? s);
    const { events } = exportAndParse(after);
    expect(events.map((e) => e.uid)).toEqual(plan.map((s) => sittingUid(s.id)));
    expect(events[1]?.sequence).toBe(1);
    expect(events[1]?.startDate.toString()).toBe('2026-02-25T15:00:00');
    expect(events[3]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[3]?.summary).toMatch(/^Abgesagt: /);
    expect(events[3]?.sequence).toBe(1);
    expect(events[4]?.sequence).toBe(1); // its host changed (turn kept)
    expect(events[0]?.sequence).toBe(0);
  });

  it('uses CRLF line endings and folds long lines at 75 octets without breaking a character', () => {
    const long = { ...(plan[0] as Sitting), venue: 'Großer Sitzungssaal des Landratsamtes, Königswalder Straße 18, 09456 Annaberg-Buchholz (Eingang Süd)' };
    const { text, events } = exportAndParse([long]);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(events[0]?.location).toBe(long.venue);
    const folded = foldIcsLine(`SUMMARY:${'ä'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ä'.repeat(80)}`);
  });
});

describe('.ics ORGANIZER and LOCATION (RFC 5546 PUBLISH), read back with ical.js', () => {
  const venue = 'Landratsamt Mittelsachsen, Frauensteiner Straße 43, 09599 Freiberg';
  const host = { defaultVenue: venue, seat: 'Freiberg' };
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

  it('names the Geschäftsstelle as ORGANIZER with its e-mail and the full venue address as LOCATION', () => {
    const sittings = [{ ...(plan[0] as Sitting), venue: 'Freiberg' }, { ...(plan[1] as Sitting), venue: 'Rathaus, Markt 1, 09111 Chemnitz' }];
    const text = sittingsToIcs({
      sittings,
      calendarName: 'Sitzungsplan',
      hostName: context.hostName,
      now: '2026-11-21T08:00:00.000Z',
      organizer: { name: 'Geschäftsstelle Regionalkonvent Südwestsachsen, Chemnitz', email: 'geschaeftsstelle@example.org' },
      locationOf: (s) => venueWithAddress(s.venue, host),
    });
    const events = parse(text);
    for (const event of events) {
      const organizer = event.getFirstProperty('organizer');
      expect(organizer?.getFirstValue()).toBe('mailto:geschaeftsstelle@example.org');
      expect(organizer?.getParameter('cn')).toBe('Geschäftsstelle Regionalkonvent Südwestsachsen, Chemnitz');
    }
    expect(events.map((e) => e.getFirstPropertyValue('location'))).toEqual([venue, 'Rathaus, Markt 1, 09111 Chemnitz']);
  });

  it('leaves ORGANIZER out while no e-mail address is set (a cal-address needs one)', () => {
    const text = sittingsToIcs({ sittings: [plan[0] as Sitting], calendarName: 'x', hostName: context.hostName, now: '2026-11-21T08:00:00.000Z', organizer: { name: 'Geschäftsstelle', email: '' } });
    expect(text).not.toContain('ORGANIZER');
  });

  it('completes a short venue with the host’s usual venue address only when it fits', () => {
    expect(venueWithAddress('Freiberg', host)).toBe(venue);
    expect(venueWithAddress('Landratsamt Mittelsachsen', host)).toBe(venue);
    expect(venueWithAddress('Schloss Freudenstein', host)).toBe('Schloss Freudenstein');
    expect(venueWithAddress('Freiberg', { defaultVenue: 'Freiberg', seat: 'Freiberg' })).toBe('Freiberg');
  });

  it('takes the structured venue address: the sitting\'s own, else the host\'s usual venue (LOCATION read back)', () => {
    const structuredHost = {
      defaultVenue: 'Landratsamt Mittelsachsen',
      seat: 'Freiberg',
      venueAddress: { name: 'Landratsamt Mittelsachsen', street: 'Frauensteiner Straße 43', postalCode: '09599', city: 'Freiberg' },
    };
    const own = { name: 'Schloss Freudenstein', street: 'Schloßplatz 4', postalCode: '09599', city: 'Freiberg' };
    const sittings = [
      { ...(plan[0] as Sitting), venue: 'Freiberg' },
      { ...(plan[1] as Sitting), venue: 'Schloss Freudenstein', venueAddress: own },
    ];
    const text = sittingsToIcs({
      sittings,
      calendarName: 'Sitzungsplan',
      hostName: context.hostName,
      now: '2026-11-21T08:00:00.000Z',
      organizer: { name: 'Geschäftsstelle', email: 'geschaeftsstelle@example.org' },
      locationOf: (s) => venueWithAddress(s, structuredHost),
    });
    expect(parse(text).map((e) => e.getFirstPropertyValue('location'))).toEqual([
      'Landratsamt Mittelsachsen, Frauensteiner Straße 43, 09599 Freiberg',
      'Schloss Freudenstein, Schloßplatz 4, 09599 Freiberg',
    ]);
  });
});
