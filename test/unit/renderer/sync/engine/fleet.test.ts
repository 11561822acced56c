import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expectEveryValueKept } from '../support/faults';
import { convergedState, fastFolder, personRow, setUpOffice, SimulatedPc, syncAll, testId } from '../support/simulatedPc';

/** Issue 12, point 8: the whole folder rolled back, six PCs, a PC offline for 1,000 edits. */
const id = testId(1);
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

async function office(names: string[]) {
  const setup = await setUpOffice(names);
  cleanups.push(setup.cleanup);
  return setup;
}

describe('the fleet', () => {
  it('the whole folder rolled back to an older copy: nothing is lost, the newer ops are written again, a new PC gets all', async () => {
    const { dir, pcs } = await office(['Zwickau', 'Chemnitz']);
    const [a, b] = pcs as [SimulatedPc, SimulatedPc];
    await a.db.domain('persons').update(id, { notes: 'vor der Sicherung' });
    await syncAll([a, b]);
    const backup = mkdtempSync(path.join(tmpdir(), 'konvent-rollback-'));
    cleanups.push(() => rmSync(backup, { recursive: true, force: true }));
    cpSync(dir, backup, { recursive: true });
    await a.db.domain('persons').update(id, { notes: 'nach der Sicherung' });
    await b.db.domain('persons').update(id, { phone: '0371 9' });
    await syncAll([a, b]);

    rmSync(dir, { recursive: true, force: true });
    cpSync(backup, dir, { recursive: true });
    await syncAll([a, b]);
    const c = new SimulatedPc('Plauen', fastFolder(dir));
    await c.join();
    await c.sync();
    await syncAll([a, b, c]);
    for (const pc of [a, b, c]) {
      expect(await pc.db.domain('persons').get(id)).toMatchObject({ notes: 'nach der Sicherung', phone: '0371 9' });
      expect(await pc.conflicts()).toEqual([]);
    }
    expect(await convergedState(c.db)).toEqual(await convergedState(a.db));
  });

  it('six PCs edit the same person at once: all converge, every value current or listed', async () => {
    const names = ['Zwickau', 'Chemnitz', 'Plauen', 'Aue', 'Annaberg', 'Freiberg'];
    const { pcs } = await office(names);
    for (const [i, pc] of pcs.entries()) {
      await pc.db.domain('persons').update(id, { notes: `Notiz aus ${names[i]}` });
      await pc.db.domain('persons').put(personRow(testId(10 + i), { lastName: names[i]! }));
    }
    await syncAll(pcs);
    const first = await convergedState(pcs[0]!.db);
    for (const pc of pcs) {
      expect(await convergedState(pc.db)).toEqual(first);
      await expectEveryValueKept(pc, 'persons', id, 'notes', names.map((name) => `Notiz aus ${name}`));
      expect(await pc.db.domain('persons').count()).toBe(7);
    }
    expect((await pcs[0]!.conflicts()).length).toBe(5);
  });

  it('a PC offline for 1,000 edits catches up in both directions', { timeout: 60_000 }, async () => {
    const { pcs } = await office(['Zwickau', 'Chemnitz']);
    const [a, b] = pcs as [SimulatedPc, SimulatedPc];
    for (let i = 0; i < 1000; i++) {
      if (i % 10 === 0) await b.db.domain('persons').put(personRow(testId(100 + i / 10), { lastName: `Offline ${i}` }));
      else await b.db.domain('persons').update(id, { notes: `Stand ${i}` });
    }
    await a.db.domain('persons').update(id, { email: 'online@example.org' });
    await a.db.domain('persons').update(id, { notes: 'online geändert' });
    await a.sync();
    await syncAll([b, a]);
    expect(await b.db.table('_outbox').count()).toBeGreaterThanOrEqual(1000);
    for (const pc of [a, b]) {
      expect(await pc.db.domain('persons').count()).toBe(101);
      expect((await pc.db.domain('persons').get(id))?.email).toBe('online@example.org');
      await expectEveryValueKept(pc, 'persons', id, 'notes', ['Stand 999', 'online geändert']);
    }
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
  });
});
