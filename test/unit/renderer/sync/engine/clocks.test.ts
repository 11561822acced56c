import { afterEach, describe, expect, it } from 'vitest';
import { acceptHeldBack } from '../../../../../renderer/sync/engine/engineState';
import { convergedState, setUpOffice, syncAll, testId } from '../support/simulatedPc';
import type { ClockWarning } from '../../../../../renderer/db/sync/syncTables';

/**
 * Must-prove 6: one PC's clock hours ahead or behind, jumping backwards, set to 2050: data still
 * converges and the user is warned about the skewed clock.
 */
const HOUR = 3600_000;
const id = testId(1);
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

async function office() {
  const setup = await setUpOffice(['Zwickau', 'Chemnitz']);
  cleanup = setup.cleanup;
  return setup.pcs as [(typeof setup.pcs)[0], (typeof setup.pcs)[0]];
}

const warnings = async (pc: { status(): Promise<{ clockWarnings: ClockWarning[] }> }) => (await pc.status()).clockWarnings;

describe('clocks', () => {
  it('a PC three hours ahead: converges, and the other PC is told whose clock is wrong', async () => {
    const [a, b] = await office();
    a.clockOffsetMs = 3 * HOUR;
    await a.db.domain('persons').update(id, { email: 'vorgestellt@example.org' });
    await b.db.domain('persons').update(id, { notes: 'richtige Uhr' });
    await syncAll([a, b]);
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
    const told = await warnings(b);
    expect(told).toContainEqual(expect.objectContaining({ kind: 'peerAhead', name: 'Zwickau' }));
    expect(told.find((w) => w.kind === 'peerAhead')!.ms).toBeGreaterThan(2.9 * HOUR);
    // A later edit on the PC with the right clock still wins over the clock that runs ahead.
    await b.db.domain('persons').update(id, { email: 'danach@example.org' });
    await syncAll([a, b]);
    expect((await a.db.domain('persons').get(id))?.email).toBe('danach@example.org');
  });

  it('a PC three hours behind: converges, and that PC is told its own clock is probably wrong', async () => {
    const [a, b] = await office();
    a.clockOffsetMs = -3 * HOUR;
    await b.db.domain('persons').update(id, { email: 'zuerst@example.org' });
    await b.sync();
    await a.sync();
    // Edited after seeing Chemnitz's value: wins although its wall clock says three hours earlier.
    await a.db.domain('persons').update(id, { email: 'danach@example.org' });
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.email).toBe('danach@example.org');
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
    const told = await warnings(a);
    expect(told).toContainEqual(expect.objectContaining({ kind: 'peerAhead', name: 'Chemnitz' }));
    expect(told).toContainEqual(expect.objectContaining({ kind: 'thisBehind' }));
  });

  it('a clock jumping backwards: later edits still win, and the PC warns about the jump', async () => {
    const [a, b] = await office();
    await a.db.domain('persons').update(id, { notes: 'vor dem Sprung' });
    await syncAll([a, b]);
    a.clockOffsetMs = -2 * HOUR;
    await a.db.domain('persons').update(id, { notes: 'nach dem Sprung' });
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.notes).toBe('nach dem Sprung');
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
    expect(await warnings(a)).toContainEqual(expect.objectContaining({ kind: 'jumpedBack' }));
  });

  it('a PC set to 2050: converges, others are warned, and edits made after seeing its values still win', async () => {
    const [a, b] = await office();
    a.clockOffsetMs = Date.UTC(2050, 0, 1) - Date.now();
    await a.db.domain('persons').update(id, { email: 'zukunft@example.org' });
    await syncAll([a, b]);
    expect(await warnings(b)).toContainEqual(expect.objectContaining({ kind: 'peerAhead', name: 'Zwickau' }));
    // More than 24 hours ahead: held back and shown, until the user takes it.
    expect((await b.db.domain('persons').get(id))?.email).toBe('');
    expect((await b.status()).heldBack).toEqual([expect.objectContaining({ name: 'Zwickau', ops: 1 })]);
    await acceptHeldBack(b.db, await a.deviceId());
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.email).toBe('zukunft@example.org');
    expect((await b.status()).heldBack).toEqual([]);

    await b.db.domain('persons').update(id, { email: 'korrigiert@example.org' });
    await syncAll([a, b]);
    expect((await a.db.domain('persons').get(id))?.email).toBe('korrigiert@example.org');

    // The clock is put right again: its next edit still wins, and it notices the jump.
    a.clockOffsetMs = 0;
    await a.db.domain('persons').update(id, { email: 'wieder-richtig@example.org' });
    await syncAll([a, b]);
    expect((await b.db.domain('persons').get(id))?.email).toBe('wieder-richtig@example.org');
    expect(await convergedState(a.db)).toEqual(await convergedState(b.db));
    expect(await b.conflicts()).toEqual([]);
    expect(await warnings(a)).toContainEqual(expect.objectContaining({ kind: 'jumpedBack' }));
  });
});
