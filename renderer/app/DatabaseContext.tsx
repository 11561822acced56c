import { createContext, useContext, type ReactNode } from 'react';
import type { KonventDatabase } from '../db/database';

const DatabaseContext = createContext<KonventDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: KonventDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

/** The database of this window (the app's, or a test's). */
export function useDatabase(): KonventDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
