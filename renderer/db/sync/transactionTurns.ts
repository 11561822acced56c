import Dexie, { type DBCoreTransaction } from 'dexie';

/**
 * Change capture reads this PC's clock and the rows' clock pages, then writes them back. Two
 * captures running at once in one transaction (`Promise.all` of puts) would both read the same
 * clock and pages and the second write would undo the first: the same seq twice, a clock entry
 * lost. So captures of one transaction take turns. IndexedDB runs a transaction's requests in the
 * order they were made, so a capture that starts after the previous one finished sees its writes.
 */
const turns = new WeakMap<object, Promise<unknown>>();

export function takeTurn<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
  const previous = turns.get(trans) ?? Dexie.Promise.resolve();
  const run = previous.then(work, work);
  turns.set(
    trans,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}
