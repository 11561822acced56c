import type { Role } from '../../../shared/domain/membership';
import { personDisplayName } from '../../../shared/domain/person';
import { planSpokespersonTerm } from '../../../shared/domain/spokespersonTerms';
import type { KonventDatabase } from '../database';
import { newId, putRows, validateRow } from '../rowWriter';
import { MemberRuleError } from './memberRuleError';

export interface SpokespersonTermInput {
  /** Absent for a new term. */
  id?: string | undefined;
  personId: string;
  validFrom: string;
  validTo?: string | undefined;
}

/**
 * Saves a term of "Sprecher des Regionalkonvents". A new term ends the running one on its first
 * day (the role rotates); other overlaps are refused with a message naming them.
 */
export async function saveSpokespersonTerm(db: KonventDatabase, input: SpokespersonTermInput): Promise<Role> {
  return db.transaction('rw', [db.domain('roles'), db.domain('persons')], async () => {
    if (!(await db.domain('persons').get(input.personId))) {
      throw new MemberRuleError('personId', 'personGone');
    }
    const candidate = validateRow('roles', {
      id: input.id ?? newId(),
      personId: input.personId,
      kind: 'spokesperson',
      validFrom: input.validFrom,
      ...(input.validTo ? { validTo: input.validTo } : {}),
    });
    const [roles, persons] = await Promise.all([db.domain('roles').where('kind').equals('spokesperson').toArray(), db.domain('persons').toArray()]);
    const names = new Map(persons.map((p) => [p.id, personDisplayName(p)]));
    const isNew = !roles.some((r) => r.id === candidate.id);
    const plan = planSpokespersonTerm(roles, candidate, (id) => names.get(id), { endRunningTerm: isNew });
    if (!plan.ok) throw new MemberRuleError(plan.field, plan.message);
    await putRows(db, 'roles', plan.put);
    return candidate;
  });
}
