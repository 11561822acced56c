import type { Roster } from './rosterSchema';
import type { Territory } from '../domain/territory';
import type { Person } from '../domain/person';
import type { Deputy, Membership, Role } from '../domain/membership';
import type { Attendance, Guest, Sitting } from '../domain/sitting';
import type { AgendaItem } from '../domain/minutes';
import { stableId } from '../domain/stableId';

/** Membership start used for the demo: the first sitting of the Masterplan process (the real start is not published). */
export const DEMO_MEMBERSHIP_START = '2025-04-28';

export interface DemoRows {
  territories: Territory[];
  persons: Person[];
  memberships: Membership[];
  deputies: Deputy[];
  roles: Role[];
  sittings: Sitting[];
  attendance: Attendance[];
  guests: Guest[];
  agendaItems: AgendaItem[];
}

/** "Prof. Dr." + "Martin Dix" → first name "Martin", last name "Dix". */
function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  const lastName = parts.pop() ?? '';
  return { firstName: parts.join(' '), lastName };
}

/**
 * Turns the published roster into rows with stable ids, so that loading it twice (or on two PCs)
 * never duplicates anything. Sittings without a date in the source are not loaded.
 */
export function rosterToRows(roster: Roster, now: string): DemoRows {
  const rows: DemoRows = {
    territories: [],
    persons: [],
    memberships: [],
    deputies: [],
    roles: [],
    sittings: [],
    attendance: [],
    guests: [],
    agendaItems: [],
  };
  const territoryIdByKey = new Map<string, string>();
  roster.territories.forEach((t, index) => {
    const id = stableId(`territory:${t.key}`);
    territoryIdByKey.set(t.key, id);
    rows.territories.push({
      id,
      updatedAt: now,
      key: t.key,
      name: t.name,
      kind: t.kind,
      headTitle: t.headTitle,
      seat: t.seat,
      defaultVenue: t.seat,
      rotationIndex: index,
    });
  });

  const personIdByName = new Map<string, string>();
  const addPerson = (p: { title?: string | undefined; name: string; function: string; organization?: string | undefined; territory?: string | undefined; category?: string }) => {
    const id = stableId(`person:${p.name}`);
    if (personIdByName.has(p.name)) return id;
    personIdByName.set(p.name, id);
    rows.persons.push({
      id,
      updatedAt: now,
      title: p.title ?? '',
      ...splitName(p.name),
      function: p.function,
      organization: p.organization ?? '',
      email: '',
      phone: '',
      notes: '',
      salutation: demoSalutation(p.function),
      ...demoHeadAddress(p),
    });
    return id;
  };

  function demoHeadAddress(p: { territory?: string | undefined; category?: string }) {
    const administration = p.category === 'head' && p.territory ? DEMO_ADMINISTRATIONS[p.territory] : undefined;
    return administration
      ? { street: administration.street, postalCode: administration.postalCode, city: administration.city, addressIsOrganization: true }
      : {};
  }

  const membershipIdByName = new Map<string, string>();
  for (const member of roster.members) {
    const personId = addPerson(member);
    const territoryId = member.territory ? territoryIdByKey.get(member.territory) : undefined;
    const seatKey = member.category === 'head' ? `seat:head:${member.territory}` : `seat:${member.category}:${member.name}`;
    const id = stableId(`membership:${member.name}:${DEMO_MEMBERSHIP_START}`);
    membershipIdByName.set(member.name, id);
    rows.memberships.push({
      id,
      updatedAt: now,
      personId,
      seatId: stableId(seatKey),
      body: member.category === 'head' ? 'core' : 'extended',
      category: member.category,
      ...(territoryId ? { territoryId } : {}),
      validFrom: DEMO_MEMBERSHIP_START,
    });
  }

  for (const entry of roster.deputies) {
    const membershipId = membershipIdByName.get(entry.for);
    if (!membershipId) continue;
    const personId = addPerson(entry.deputy);
    rows.deputies.push({
      id: stableId(`deputy:${entry.for}:${entry.deputy.name}`),
      updatedAt: now,
      membershipId,
      personId,
      position: 1,
      validFrom: DEMO_MEMBERSHIP_START,
    });
  }

  const spokespersonId = personIdByName.get(roster.convent.spokesperson.person);
  if (spokespersonId) {
    rows.roles.push({
      id: stableId(`role:spokesperson:${roster.convent.spokesperson.person}`),
      updatedAt: now,
      personId: spokespersonId,
      kind: 'spokesperson',
      validFrom: `${roster.convent.spokesperson.since}-01-01`,
    });
  }

  for (const s of roster.sittings) {
    if (!s.date) continue;
    const sittingId = stableId(`sitting:${s.body}:${s.date}`);
    rows.sittings.push({
      id: sittingId,
      updatedAt: now,
      body: s.body,
      title: s.title,
      date: s.date,
      start: '10:00',
      end: '12:00',
      hostTerritoryId: territoryIdByKey.get(s.host),
      venue: s.place,
      status: 'held',
      calendarSequence: 0,
    });
    for (const a of s.attendance ?? []) {
      const membershipId = membershipIdByName.get(a.member);
      if (!membershipId) continue;
      const deputyPersonId = a.by ? personIdByName.get(a.by) : undefined;
      rows.attendance.push({
        id: stableId(`attendance:${sittingId}:${membershipId}`),
        updatedAt: now,
        sittingId,
        membershipId,
        status: a.status,
        ...(a.role ? { role: a.role } : {}),
        ...(deputyPersonId ? { deputyPersonId } : {}),
      });
    }
    for (const g of s.guests ?? []) {
      rows.guests.push({
        id: stableId(`guest:${sittingId}:${g.name}`),
        updatedAt: now,
        sittingId,
        name: g.name,
        function: g.function,
        organization: '',
      });
    }
    (s.agenda ?? []).forEach((title, index) => {
      rows.agendaItems.push({
        id: stableId(`agenda:${sittingId}:${index}`),
        updatedAt: now,
        sittingId,
        position: index + 1,
        title,
        public: true,
        notes: '',
      });
    });
  }
  return rows;
}

/**
 * The demo's addresses: only the public seats of the five administrations (the roster carries no
 * contact data), as the heads' office addresses. The other members get none, so the demo shows
 * the missing-address warning of the invitation. (The usual venues stay the seat towns.)
 */
const DEMO_ADMINISTRATIONS: Record<string, { street: string; postalCode: string; city: string }> = {
  Z: { street: 'Robert-Müller-Straße 4–8', postalCode: '08056', city: 'Zwickau' },
  MS: { street: 'Frauensteiner Straße 43', postalCode: '09599', city: 'Freiberg' },
  ERZ: { street: 'Paulus-Jenisius-Straße 24', postalCode: '09456', city: 'Annaberg-Buchholz' },
  V: { street: 'Postplatz 5', postalCode: '08523', city: 'Plauen' },
  C: { street: 'Markt 1', postalCode: '09111', city: 'Chemnitz' },
};

/** The roster has no form of address; a function in the feminine form (-in) says "Frau", else "Herr". */
function demoSalutation(fn: string): 'Herr' | 'Frau' {
  return /in\b/.test(fn.split(/\s+/)[0] ?? '') ? 'Frau' : 'Herr';
}
