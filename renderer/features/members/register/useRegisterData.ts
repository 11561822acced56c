import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterData } from '../../../../shared/register/registerView';
import { useDatabase } from '../../../app/DatabaseContext';
import { readRegisterData } from '../../../db/repositories/registerRepository';

/** The whole register (a few hundred rows even after years), live: every page of the screen reads it. */
export function useRegisterData(): RegisterData | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readRegisterData(db), [db]);
}
