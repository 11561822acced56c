import type { Deputy } from '../../../shared/domain/membership';
import { personDisplayName } from '../../../shared/domain/person';
import { deputyProblem, moveDeputy, nextDeputyPosition } from '../../../shared/domain/deputyRules';
import type { KonventDatabase } from '../database';
import { newId, putRow, putRows, validateRow } from '../rowWriter';
import { MemberRuleError } from './memberRuleError';
import type { PersonChoice } from './membersRepository';

/** Writes for standing deputies of a seat holder (rules: shared/domain/deputyRules.ts). */

export interface NewDeputyInput {
  membershipId: string;
  person: PersonChoice;
  validFrom: string;
  validTo?: string | undefined;
}

async function checkDeputy(db: KonventDatabase, candidate: Deputy): Promise<void> {
  const membership = await db.domain('memberships').get(candidate.membershipId);
  if (!membership) throw new MemberRuleError('validFrom', 'membershipGone');
  const siblings = await db.domain('deputies').where('membershipId').equals(candidate.membershipId).toArray();
  const persons = await db.domain('persons').bulkGet([candidate.personId]);
  const problem = deputyProblem(candidate, membership, siblings, () => (persons[0] ? personDisplayName(persons[0]) : undefined));
  if (problem) throw new MemberRuleError(problem.field, problem.message);
}

/** A new standing deputy, placed after the existing ones. A new person is created with it. */
export async function addDeputy(db: KonventDatabase, input: NewDeputyInput): Promise<Deputy> {
  return db.transaction('rw', [db.domain('persons'), db.domain('memberships'), db.domain('deputies')], async () => {
    const siblings = await db.domain('deputies').where('membershipId').equals(input.membershipId).toArray();
    const personId = input.person.kind === 'existing' ? input.person.personId : newId();
    if (input.person.kind === 'new') {
      await putRow(db, 'persons', { ...input.person.person, email: '', phone: '', notes: '', id: personId });
    } else if (!(await db.domain('persons').get(personId))) {
      throw new MemberRuleError('personId', 'personGone');
    }
    const deputy = validateRow('deputies', {
      id: newId(),
      membershipId: input.membershipId,
      personId,
      position: nextDeputyPosition(siblings),
      validFrom: input.validFrom,
      ...(input.validTo ? { validTo: input.validTo } : {}),
    });
    await checkDeputy(db, deputy);
    return putRow(db, 'deputies', deputy);
  });
}

/** Changes a deputy entry's period (a different person is a new entry). */
export async function updateDeputyPeriod(db: KonventDatabase, id: string, period: { validFrom: string; validTo?: string | undefined }): Promise<Deputy> {
  return db.transaction('rw', [db.domain('persons'), db.domain('memberships'), db.domain('deputies')], async () => {
    const current = await db.domain('deputies').get(id);
    if (!current) throw new MemberRuleError('validFrom', 'deputyGone');
    const { validTo: _old, ...rest } = current;
    const next = validateRow('deputies', { ...rest, validFrom: period.validFrom, ...(period.validTo ? { validTo: period.validTo } : {}) });
    await checkDeputy(db, next);
    return putRow(db, 'deputies', next);
  });
}

/** Moves a deputy one place up or down among the deputies of its membership. */
export async function moveDeputyInOrder(db: KonventDatabase, id: string, direction: 'up' | 'down'): Promise<void> {
  await db.transaction('rw', db.domain('deputies'), async () => {
    const deputy = await db.domain('deputies').get(id);
    if (!deputy) return;
    const siblings = await db.domain('deputies').where('membershipId').equals(deputy.membershipId).toArray();
    const changed = moveDeputy(siblings, id, direction);
    if (changed.length) await putRows(db, 'deputies', changed);
  });
}
