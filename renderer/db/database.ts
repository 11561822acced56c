import Dexie, { type Table } from 'dexie';
import { domainTableNames, type DomainTableName } from '../../shared/domain/tableNames';
import type { DomainRow } from '../../shared/domain/tables';
import { schemaVersions } from './schemaVersions';
import { changeCaptureMiddleware } from './sync/changeCapture';

export type DomainTables = { [T in DomainTableName]: Table<DomainRow<T>, string> };

/**
 * The app's IndexedDB database. One per profile in production ("konvent"); tests and the sync
 * end-to-end test open several under other names (one per simulated PC).
 */
export class KonventDatabase extends Dexie {
  /** This PC's wall clock in ms; sync tests give each simulated PC its own (skewed) clock. */
  wallClock: () => number = () => Date.now();

  constructor(name = 'konvent', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const schema of schemaVersions) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    // Every write to a domain table records its field ops for sync, in the same transaction.
    this.use(changeCaptureMiddleware({ domainTables: domainTableNames, now: () => this.wallClock() }));
  }

  /** Typed access to a domain table by name. */
  domain<T extends DomainTableName>(name: T): DomainTables[T] {
    return this.table(name) as DomainTables[T];
  }
}

let instance: KonventDatabase | undefined;

/** The app's database. Created on first use, so modules can import this without opening IndexedDB. */
export function appDatabase(): KonventDatabase {
  instance ??= new KonventDatabase();
  return instance;
}
