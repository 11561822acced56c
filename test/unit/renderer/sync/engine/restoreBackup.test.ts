import { afterEach, describe, expect, it } from 'vitest';
import { readBackupContent } from '../../../../../renderer/db/backup/readBackupContent';
import { replaceDatabase } from '../../../../../renderer/db/backup/replaceDatabase';
import { convergedState, setUpOffice, syncAll, testId, SimulatedPc } from '../support/simulatedPc';

/** Restoring a backup on a PC that syncs: nothing newer is lost, on this PC or any other. */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('backup restore on a synced PC', () => {
  it('is not published as new edits; the next sync brings back every newer change', async () => {
    const setup = await setUpOffice(['Zwickau', 'Chemnitz']);
    cleanup = setup.cleanup;
    const [a, b] = setup.pcs as [SimulatedPc, SimulatedPc];
    await a.db.domain('persons').update(testId(1), { notes: 'vor der Sicherung' });
    await syncAll([a, b]);
    const backup = await readBackupContent(a.db);

    await a.db.domain('persons').update(testId(1), { email: 'neu@zwickau.example' });
    await b.db.domain('persons').update(testId(1), { phone: '0371 neu' });
    await syncAll([a, b]);
    const outboxBefore = await a.db.table('_outbox').count();

    await replaceDatabase(a.db, backup);
    expect((await a.db.domain('persons').get(testId(1)))?.email ?? '').toBe('');
    // The restore itself wrote no ops: the outbox is exactly the backup's.
    expect(outboxBefore).toBeGreaterThan(backup.sync._outbox!.length);
    expect(await a.db.table('_outbox').toArray()).toEqual(backup.sync._outbox);

    await syncAll([a, b]);
    await syncAll([a, b]);
    const expected = { notes: 'vor der Sicherung', email: 'neu@zwickau.example', phone: '0371 neu' };
    expect(await a.db.domain('persons').get(testId(1))).toMatchObject(expected);
    expect(await b.db.domain('persons').get(testId(1))).toMatchObject(expected);
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
  });
});
