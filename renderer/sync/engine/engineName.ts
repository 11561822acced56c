import type { KonventDatabase } from '../../db/database';

/** Runs of the same database exclude each other; different databases (simulated PCs) do not. */
export const exclusiveName = (db: KonventDatabase) => db.name;
