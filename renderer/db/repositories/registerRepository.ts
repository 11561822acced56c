import type { RegisterData, RegisterFilter, RegisterGroup } from '../../../shared/register/registerView';
import { fullRegisterFilter, registerAsOf } from '../../../shared/register/registerView';
import type { KonventDatabase } from '../database';

/**
 * Reads for the register. Other screens (attendance, minutes, print) use readRegisterAsOf to get
 * the members of a sitting's day with persons, territories and standing deputies resolved.
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

export async function readRegisterAsOf(db: KonventDatabase, date: string, filter: RegisterFilter = fullRegisterFilter): Promise<RegisterGroup[]> {
  return registerAsOf(await readRegisterData(db), date, filter);
}
