import type { MemberCategory, Membership } from '../../../shared/domain/membership';
import { findSeatOverlap } from '../../../shared/domain/membersAsOf';
import type { Person } from '../../../shared/domain/person';
import { personDisplayName } from '../../../shared/domain/person';
import { bodyForCategory, seatForNewMembership } from '../../../shared/domain/seatAssignment';
import { seatOverlapMessage } from '../../../shared/domain/seatOverlapMessage';
import { planSuccession } from '../../../shared/domain/seatSuccession';
import type { KonventDatabase } from '../database';
import { newId, putRow, putRows, validateRow } from '../rowWriter';
import { MemberRuleError } from './memberRuleError';

/** Writes for persons and memberships. Every multi-row change runs in one transaction. */

export type PersonFields = Omit<Person, 'id' | 'updatedAt'>;
export type NewPersonFields = Pick<Person, 'title' | 'firstName' | 'lastName' | 'function' | 'organization'>;

/** A form's answer to "which person": one already in the register, or a new one created with the change. */
export type PersonChoice = { kind: 'existing'; personId: string } | { kind: 'new'; person: NewPersonFields };

export async function createPerson(db: KonventDatabase, fields: PersonFields): Promise<Person> {
  return putRow(db, 'persons', { ...fields, id: newId() });
}

export async function updatePerson(db: KonventDatabase, id: string, fields: PersonFields): Promise<Person> {
  return db.transaction('rw', db.domain('persons'), async () => {
    const current = await db.domain('persons').get(id);
    if (!current) throw new MemberRuleError('lastName', 'personGone');
    return putRow(db, 'persons', { ...current, ...fields, id });
  });
}

/** The person id a choice stands for; a new person gets `idForNew` once it is created. */
function chosenPersonId(choice: PersonChoice, idForNew: string): string {
  return choice.kind === 'existing' ? choice.personId : idForNew;
}

/** Inside a transaction over persons: creates the chosen person when new, or checks it still exists. */
async function resolvePerson(db: KonventDatabase, choice: PersonChoice, idForNew: string): Promise<void> {
  if (choice.kind === 'new') {
    await putRow(db, 'persons', { ...choice.person, email: '', phone: '', notes: '', id: idForNew });
    return;
  }
  if (!(await db.domain('persons').get(choice.personId))) {
    throw new MemberRuleError('personId', 'personGone');
  }
}

async function holderName(db: KonventDatabase, personId: string): Promise<string | undefined> {
  const person = await db.domain('persons').get(personId);
  return person ? personDisplayName(person) : undefined;
}

async function assertNoSeatOverlap(db: KonventDatabase, candidate: Membership): Promise<void> {
  const seat = await db.domain('memberships').where('seatId').equals(candidate.seatId).toArray();
  const overlap = findSeatOverlap(candidate, seat);
  if (overlap) {
    throw new MemberRuleError('validFrom', seatOverlapMessage(candidate, overlap.existing, await holderName(db, overlap.existing.personId)));
  }
}

export interface NewMembershipInput {
  person: PersonChoice;
  category: MemberCategory;
  territoryId?: string | undefined;
  validFrom: string;
  validTo?: string | undefined;
}

/** "Mitglied hinzufügen": a membership (and, when chosen, a new person) on the right seat. */
export async function createMembership(db: KonventDatabase, input: NewMembershipInput): Promise<Membership> {
  return db.transaction('rw', [db.domain('persons'), db.domain('memberships')], async () => {
    if (input.category === 'head' && !input.territoryId) {
      throw new MemberRuleError('territoryId', 'territoryRequired');
    }
    const all = await db.domain('memberships').toArray();
    const newPersonId = newId();
    const draft = validateRow('memberships', {
      id: newId(),
      personId: chosenPersonId(input.person, newPersonId),
      seatId: seatForNewMembership(input.category, input.territoryId, all, newId),
      body: bodyForCategory(input.category),
      category: input.category,
      ...(input.territoryId ? { territoryId: input.territoryId } : {}),
      validFrom: input.validFrom,
      ...(input.validTo ? { validTo: input.validTo } : {}),
    });
    await assertNoSeatOverlap(db, draft);
    await resolvePerson(db, input.person, newPersonId);
    return putRow(db, 'memberships', draft);
  });
}

export interface MembershipChanges {
  validFrom: string;
  validTo?: string | undefined;
  /** Only for personalities and permanent members; a head's territory is its seat. */
  territoryId?: string | undefined;
}

export async function updateMembership(db: KonventDatabase, id: string, changes: MembershipChanges): Promise<Membership> {
  return db.transaction('rw', [db.domain('persons'), db.domain('memberships')], async () => {
    const current = await db.domain('memberships').get(id);
    if (!current) throw new MemberRuleError('validFrom', 'membershipGone');
    const { validTo: _oldEnd, territoryId: oldTerritory, ...rest } = current;
    const territoryId = current.category === 'head' ? oldTerritory : changes.territoryId;
    const next = validateRow('memberships', {
      ...rest,
      validFrom: changes.validFrom,
      ...(changes.validTo ? { validTo: changes.validTo } : {}),
      ...(territoryId ? { territoryId } : {}),
    });
    await assertNoSeatOverlap(db, next);
    return putRow(db, 'memberships', next);
  });
}

export interface SuccessionRequest {
  currentMembershipId: string;
  successor: PersonChoice;
  /** First day of the successor; the old membership's last day is the day before. */
  changeDate: string;
  carryOverDeputyIds: readonly string[];
}

/** "Nachfolge eintragen" (shared/domain/seatSuccession.ts has the rules). Returns the successor's membership. */
export async function recordSuccession(db: KonventDatabase, request: SuccessionRequest): Promise<Membership> {
  return db.transaction('rw', [db.domain('persons'), db.domain('memberships'), db.domain('deputies')], async () => {
    const current = await db.domain('memberships').get(request.currentMembershipId);
    if (!current) throw new MemberRuleError('changeDate', 'membershipGone');
    const [seatMemberships, deputies, persons] = await Promise.all([
      db.domain('memberships').where('seatId').equals(current.seatId).toArray(),
      db.domain('deputies').where('membershipId').equals(current.id).toArray(),
      db.domain('persons').toArray(),
    ]);
    const names = new Map(persons.map((p) => [p.id, personDisplayName(p)]));
    const successorPersonId = chosenPersonId(request.successor, newId());
    const plan = planSuccession({
      current,
      seatMemberships,
      deputies,
      successorPersonId,
      successorMembershipId: newId(),
      changeDate: request.changeDate,
      carryOverDeputyIds: request.carryOverDeputyIds,
      nameOf: (personId) => names.get(personId),
      newId,
    });
    if (!plan.ok) throw new MemberRuleError(plan.field === 'successorPersonId' ? 'personId' : 'changeDate', plan.message);
    await resolvePerson(db, request.successor, successorPersonId);
    await putRow(db, 'memberships', plan.endedMembership);
    const successor = await putRow(db, 'memberships', plan.successorMembership);
    await putRows(db, 'deputies', plan.putDeputies);
    if (plan.removeDeputies.length) await db.domain('deputies').bulkDelete(plan.removeDeputies.map((d) => d.id));
    return successor;
  });
}
