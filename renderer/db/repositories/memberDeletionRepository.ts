import type { Deputy, Membership, Role } from '../../../shared/domain/membership';
import { findSeatOverlap } from '../../../shared/domain/membersAsOf';
import type { Person } from '../../../shared/domain/person';
import { personDisplayName } from '../../../shared/domain/person';
import { membershipDeletionRefusal, personDeletionRefusal } from '../../../shared/domain/deletionGuards';
import { seatOverlapMessage } from '../../../shared/domain/seatOverlapMessage';
import type { KonventDatabase } from '../database';
import { putRows } from '../rowWriter';

/**
 * Deleting from the register. Whatever sittings refer to is refused (shared/domain/deletionGuards.ts);
 * anything else is deleted together with what depends on it, and the deleted rows are returned so
 * the user can undo: restoreDeletedRows puts them back in one transaction.
 */
export interface DeletedRows {
  persons: Person[];
  memberships: Membership[];
  deputies: Deputy[];
  roles: Role[];
}

/** The message is a validation code with its parameters (shared/domain/validationCodes.ts). */
export class DeletionRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeletionRefusedError';
  }
}

export type DeletionPreview = { refusal: string; rows?: undefined } | { refusal?: undefined; rows: DeletedRows };

const registerTables = (db: KonventDatabase) => [db.domain('persons'), db.domain('memberships'), db.domain('deputies'), db.domain('roles')];
const referenceTables = (db: KonventDatabase) => [db.domain('attendance'), db.domain('sittings'), db.domain('minutes'), db.domain('actionItems')];

async function personDeletion(db: KonventDatabase, personId: string): Promise<DeletionPreview> {
  const person = await db.domain('persons').get(personId);
  if (!person) return { refusal: 'personGone' };
  const memberships = await db.domain('memberships').where('personId').equals(personId).toArray();
  const membershipIds = new Set(memberships.map((m) => m.id));
  const [attendance, sittings, minutes, actionItems, ownDeputyEntries, deputiesOfMemberships, roles] = await Promise.all([
    db.domain('attendance').filter((a) => membershipIds.has(a.membershipId) || a.deputyPersonId === personId).toArray(),
    db.domain('sittings').toArray(),
    db.domain('minutes').toArray(),
    db.domain('actionItems').toArray(),
    db.domain('deputies').where('personId').equals(personId).toArray(),
    db.domain('deputies').where('membershipId').anyOf([...membershipIds]).toArray(),
    db.domain('roles').where('personId').equals(personId).toArray(),
  ]);
  const refusal = personDeletionRefusal({ person, memberships, attendance, sittings, minutes, actionItems });
  if (refusal) return { refusal };
  const deputies = new Map([...ownDeputyEntries, ...deputiesOfMemberships].map((d) => [d.id, d]));
  return { rows: { persons: [person], memberships, deputies: [...deputies.values()], roles } };
}

async function membershipDeletion(db: KonventDatabase, membershipId: string): Promise<DeletionPreview> {
  const membership = await db.domain('memberships').get(membershipId);
  if (!membership) return { refusal: 'membershipGone' };
  const [person, attendance, sittings, deputies] = await Promise.all([
    db.domain('persons').get(membership.personId),
    db.domain('attendance').where('membershipId').equals(membershipId).toArray(),
    db.domain('sittings').toArray(),
    db.domain('deputies').where('membershipId').equals(membershipId).toArray(),
  ]);
  const refusal = membershipDeletionRefusal(membership, person ? personDisplayName(person) : undefined, attendance, sittings);
  if (refusal) return { refusal };
  return { rows: { persons: [], memberships: [membership], deputies, roles: [] } };
}

/** What deleting a person would remove, or why it is refused (for the confirmation). */
export function previewPersonDeletion(db: KonventDatabase, personId: string): Promise<DeletionPreview> {
  return db.transaction('r', [...registerTables(db), ...referenceTables(db)], () => personDeletion(db, personId));
}

export function previewMembershipDeletion(db: KonventDatabase, membershipId: string): Promise<DeletionPreview> {
  return db.transaction('r', [...registerTables(db), ...referenceTables(db)], () => membershipDeletion(db, membershipId));
}

async function removeRows(db: KonventDatabase, rows: DeletedRows): Promise<void> {
  await db.domain('deputies').bulkDelete(rows.deputies.map((r) => r.id));
  await db.domain('roles').bulkDelete(rows.roles.map((r) => r.id));
  await db.domain('memberships').bulkDelete(rows.memberships.map((r) => r.id));
  await db.domain('persons').bulkDelete(rows.persons.map((r) => r.id));
}

/** Deletes a person with their memberships, deputy entries and roles. The check runs again inside the transaction. */
export function deletePerson(db: KonventDatabase, personId: string): Promise<DeletedRows> {
  return db.transaction('rw', [...registerTables(db), ...referenceTables(db)], async () => {
    const result = await personDeletion(db, personId);
    if (result.refusal !== undefined) throw new DeletionRefusedError(result.refusal);
    await removeRows(db, result.rows);
    return result.rows;
  });
}

/** Deletes a membership with its standing deputies (e.g. one entered by mistake). */
export function deleteMembership(db: KonventDatabase, membershipId: string): Promise<DeletedRows> {
  return db.transaction('rw', [...registerTables(db), ...referenceTables(db)], async () => {
    const result = await membershipDeletion(db, membershipId);
    if (result.refusal !== undefined) throw new DeletionRefusedError(result.refusal);
    await removeRows(db, result.rows);
    return result.rows;
  });
}

/** Deletes one standing-deputy entry (nothing refers to entries: attendance names the deputy person). */
export function deleteDeputyEntry(db: KonventDatabase, deputyId: string): Promise<DeletedRows> {
  return db.transaction('rw', db.domain('deputies'), async () => {
    const deputy = await db.domain('deputies').get(deputyId);
    if (deputy) await db.domain('deputies').delete(deputyId);
    return { persons: [], memberships: [], deputies: deputy ? [deputy] : [], roles: [] };
  });
}

/** Deletes one term of a role (e.g. a spokesperson term entered by mistake). */
export function deleteRoleTerm(db: KonventDatabase, roleId: string): Promise<DeletedRows> {
  return db.transaction('rw', db.domain('roles'), async () => {
    const role = await db.domain('roles').get(roleId);
    if (role) await db.domain('roles').delete(roleId);
    return { persons: [], memberships: [], deputies: [], roles: role ? [role] : [] };
  });
}

/**
 * "Rückgängig": puts deleted rows back, all or nothing. Refused when a seat got another holder for
 * the same days in the meantime (the register must not end up with two holders of one seat).
 */
export function restoreDeletedRows(db: KonventDatabase, rows: DeletedRows): Promise<void> {
  return db.transaction('rw', registerTables(db), async () => {
    for (const membership of rows.memberships) {
      const seat = await db.domain('memberships').where('seatId').equals(membership.seatId).toArray();
      const overlap = findSeatOverlap(membership, seat);
      if (overlap) {
        const holder = await db.domain('persons').get(overlap.existing.personId);
        throw new DeletionRefusedError(seatOverlapMessage(membership, overlap.existing, holder ? personDisplayName(holder) : undefined, true));
      }
    }
    await putRows(db, 'persons', rows.persons);
    await putRows(db, 'memberships', rows.memberships);
    await putRows(db, 'deputies', rows.deputies);
    await putRows(db, 'roles', rows.roles);
  });
}
