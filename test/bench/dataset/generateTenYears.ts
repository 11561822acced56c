import { stableId } from '../../../shared/domain/stableId';
import { minutesIdForSitting } from '../../../shared/minutes/minutesDefaults';
import type { Territory } from '../../../shared/domain/territory';
import type { Person } from '../../../shared/domain/person';
import type { Deputy, Membership } from '../../../shared/domain/membership';
import type { Attendance, Guest, Sitting } from '../../../shared/domain/sitting';
import type { ActionItem, AgendaItem, Decision, Minutes } from '../../../shared/domain/minutes';
import { seededRandom } from './seededRandom';
import { germanMinutesText } from './germanText';
import { approveLikeTheApp } from './frozenApprovals';

export interface DatasetSize {
  years: number;
  personsPerYearChange: number;
  agendaItemsPerSitting: number;
  /** The last sitting is a long one (its minutes are the PDF benchmark), still a draft. */
  lastSittingItems: number;
}

export const TEN_YEARS: DatasetSize = { years: 10, personsPerYearChange: 4, agendaItemsPerSitting: 8, lastSittingItems: 20 };
export const THIRTY_YEARS: DatasetSize = { ...TEN_YEARS, years: 30 };
/** The ten-year shape over any number of years (the benchmark runs 10 and 30). */
export const yearsOfData = (years: number): DatasetSize => ({ ...TEN_YEARS, years });
export const TINY: DatasetSize = { years: 1, personsPerYearChange: 1, agendaItemsPerSitting: 2, lastSittingItems: 3 };

export interface Dataset {
  territories: Territory[];
  persons: Person[];
  memberships: Membership[];
  deputies: Deputy[];
  sittings: Sitting[];
  attendance: Attendance[];
  guests: Guest[];
  agendaItems: AgendaItem[];
  decisions: Decision[];
  actionItems: ActionItem[];
  minutes: Minutes[];
}

/** The data ends with 2025: ten years start in 2016, thirty in 1996. */
const LAST_YEAR = 2025;
const UPDATED = '2026-01-01T00:00:00.000Z';
const territoryKeys = ['Z', 'MS', 'ERZ', 'V', 'C'] as const;
const territoryNames = ['Landkreis Zwickau', 'Landkreis Mittelsachsen', 'Erzgebirgskreis', 'Vogtlandkreis', 'Stadt Chemnitz'];
const firstNames = ['Anna', 'Bernd', 'Claudia', 'Dirk', 'Elke', 'Frank', 'Gabriele', 'Heiko', 'Ines', 'Jörg', 'Katrin', 'Lutz', 'Marion', 'Nils', 'Petra', 'Ralf', 'Sabine', 'Thomas', 'Ute', 'Volker'];
const lastNames = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Krause', 'Richter', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Hofmann', 'Hartmann', 'Lange'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A deterministic, realistic dataset: ten years of monthly sittings of the extended convent with
 * full attendance, deputies, guests, agenda items with 1–3 KB of minutes text, decisions and action items.
 */
export function generateDataset(size: DatasetSize = TEN_YEARS, seed = 20260311): Dataset {
  const FIRST_YEAR = LAST_YEAR - size.years + 1;
  const random = seededRandom(seed);
  const data: Dataset = {
    territories: [], persons: [], memberships: [], deputies: [], sittings: [], attendance: [],
    guests: [], agendaItems: [], decisions: [], actionItems: [], minutes: [],
  };
  const id = (text: string) => stableId(`bench:${seed}:${text}`);
  let personCounter = 0;
  const newPerson = (fn: string, organization: string): Person => {
    personCounter += 1;
    const person: Person = {
      id: id(`person:${personCounter}`), updatedAt: UPDATED, title: random.chance(0.2) ? 'Dr.' : '',
      firstName: random.pick(firstNames), lastName: `${random.pick(lastNames)}`, function: fn, organization,
      email: '', phone: '', notes: '',
    };
    data.persons.push(person);
    return person;
  };

  territoryKeys.forEach((key, index) => {
    data.territories.push({
      id: id(`territory:${key}`), updatedAt: UPDATED, key, name: territoryNames[index]!,
      kind: key === 'C' ? 'Kreisfreie Stadt' : 'Landkreis', headTitle: key === 'C' ? 'Oberbürgermeister' : 'Landrat',
      seat: territoryNames[index]!.replace(/^(Landkreis|Stadt) /, ''), defaultVenue: `Sitzungssaal ${key}`, rotationIndex: index,
    });
  });

  // 18 seats; every year some seats change holder (successions), so ~60 persons over ten years.
  const seats = Array.from({ length: 18 }, (_, i) => ({
    seatId: id(`seat:${i}`),
    category: i < 5 ? ('head' as const) : i < 15 ? ('personality' as const) : ('permanent' as const),
    territoryId: i < 5 ? data.territories[i]!.id : undefined,
  }));
  const openMembership = new Map<string, Membership>();
  const startSeat = (seat: (typeof seats)[number], from: string) => {
    const person = newPerson(seat.category === 'head' ? (seat.territoryId === data.territories[4]!.id ? 'Oberbürgermeister' : 'Landrat') : 'Geschäftsführer', 'Region Südwestsachsen');
    const membership: Membership = {
      id: id(`membership:${seat.seatId}:${from}`), updatedAt: UPDATED, personId: person.id, seatId: seat.seatId,
      body: seat.category === 'head' ? 'core' : 'extended', category: seat.category,
      ...(seat.territoryId ? { territoryId: seat.territoryId } : {}), validFrom: from,
    };
    data.memberships.push(membership);
    openMembership.set(seat.seatId, membership);
    if (seat.category === 'head') {
      const deputy = newPerson('Erster Beigeordneter', 'Landratsamt');
      data.deputies.push({ id: id(`deputy:${membership.id}`), updatedAt: UPDATED, membershipId: membership.id, personId: deputy.id, position: 1, validFrom: from });
    }
  };
  seats.forEach((seat) => startSeat(seat, `${FIRST_YEAR}-01-01`));

  let actionCounter = 0;
  for (let year = FIRST_YEAR; year < FIRST_YEAR + size.years; year += 1) {
    if (year > FIRST_YEAR) {
      for (let c = 0; c < size.personsPerYearChange; c += 1) {
        const seat = seats[(year * 7 + c * 5) % seats.length]!;
        const current = openMembership.get(seat.seatId)!;
        const change = `${year}-0${1 + (c % 9)}-01`;
        if (current.validFrom >= change) continue;
        current.validTo = change;
        startSeat(seat, change);
      }
    }
    for (let month = 1; month <= 12; month += 1) {
      const day = 8 + ((year + month) % 7);
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const sittingId = id(`sitting:${date}`);
      const host = data.territories[(year * 12 + month) % 5]!;
      data.sittings.push({
        id: sittingId, updatedAt: UPDATED, body: 'extended', title: '', date, start: '14:00', end: '16:30',
        hostTerritoryId: host.id, venue: host.defaultVenue, status: 'held', calendarSequence: 0,
      });
      const members = data.memberships.filter((m) => m.validFrom <= date && (!m.validTo || date < m.validTo));
      for (const m of members) {
        const roll = random.next();
        const deputy = data.deputies.find((d) => d.membershipId === m.id);
        const status = roll < 0.7 ? 'present' : roll < 0.82 && deputy ? 'represented' : roll < 0.95 ? 'excused' : 'absent';
        data.attendance.push({
          id: id(`attendance:${sittingId}:${m.id}`), updatedAt: UPDATED, sittingId, membershipId: m.id, status,
          ...(status === 'represented' && deputy ? { deputyPersonId: deputy.personId } : {}),
          ...(status === 'excused' || status === 'absent' ? { reason: 'Terminüberschneidung' } : {}),
        });
      }
      if (random.chance(0.5)) {
        data.guests.push({ id: id(`guest:${sittingId}`), updatedAt: UPDATED, sittingId, name: `${random.pick(firstNames)} ${random.pick(lastNames)}`, function: 'Referentin', organization: 'Staatsministerium' });
      }
      const isLast = year === FIRST_YEAR + size.years - 1 && month === 12;
      const items = isLast ? size.lastSittingItems : size.agendaItemsPerSitting;
      for (let position = 1; position <= items; position += 1) {
        const agendaItemId = id(`agenda:${sittingId}:${position}`);
        data.agendaItems.push({
          id: agendaItemId, updatedAt: UPDATED, sittingId, position, title: `Tagesordnungspunkt ${position}`, public: true,
          notes: germanMinutesText(random, random.int(1024, 3072)),
        });
        if (random.chance(0.35)) {
          const yes = random.int(8, 16);
          data.decisions.push({
            id: id(`decision:${agendaItemId}`), updatedAt: UPDATED, agendaItemId, position: 1,
            wording: 'Der erweiterte Regionalkonvent nimmt den Bericht zur Kenntnis und beauftragt die Geschäftsstelle mit der Umsetzung.',
            votes: { yes, no: random.int(0, 2), abstain: random.int(0, 2) }, result: 'accepted',
          });
        }
        for (let a = random.int(0, 2); a > 0; a -= 1) {
          actionCounter += 1;
          data.actionItems.push({
            id: id(`action:${actionCounter}`), updatedAt: UPDATED, sittingId, agendaItemId, text: 'Unterlagen überarbeiten und an die Mitglieder versenden',
            owner: 'Geschäftsstelle', due: `${year}-${pad(month)}-28`,
            // Done by its due date, as the secretariat ticks it off; the last year's are still open.
            ...(year < FIRST_YEAR + size.years - 1 ? { status: 'done' as const, doneAt: `${year}-${pad(month)}-28` } : { status: 'open' as const }),
          });
        }
      }
      data.minutes.push({
        id: minutesIdForSitting(sittingId), updatedAt: UPDATED, sittingId, chair: 'Sprecher des Regionalkonvents', recorder: 'Geschäftsstelle',
        start: '14:00', end: '16:30', place: host.defaultVenue, status: isLast ? 'draft' : 'approved', version: 1,
      });
    }
  }
  data.minutes = approveLikeTheApp(data);
  return data;
}
