import type { RegisterData } from '../../../shared/register/registerView';
import type { KonventDatabase } from '../database';

/**
 * Reads for the register: everything shared/register/registerView.ts needs to resolve the members
 * of a day with persons, territories and standing deputies.
 */
export async function readRegisterData(db: KonventDatabase): Promise<RegisterData> {
  const [persons, memberships, deputies, roles, territories] = await Promise.all([
    db.domain('persons').toArray(),
    db.domain('memberships').toArray(),
    db.domain('deputies').toArray(),
    db.domain('roles').toArray(),
    db.domain('territories').orderBy('rotationIndex').toArray(),
  ]);
  return { persons, memberships, deputies, roles, territories };
}

