import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../renderer/db/database';
import { startSyncScheduler } from '../../../../renderer/sync/syncScheduler';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sync scheduler', () => {
  it('syncs at start, shortly after a change, every interval and when the window gets the focus', async () => {
    const db = new KonventDatabase(`scheduler-${Math.random()}`);
    const runs: string[] = [];
    let reason = 'start';
    const stop = startSyncScheduler(db, { afterChangeMs: 30, everyMs: 400, syncNow: async () => void runs.push(reason) });
    await wait(100);
    expect(runs).toEqual(['start']);

    reason = 'change';
    await db.domain('persons').put({
      id: '01JS0000000000000000000001', updatedAt: '2026-03-11T13:00:00.000Z', title: '', firstName: 'Sven', lastName: 'Krüger', function: '', organization: '', email: '', phone: '', notes: '',
    });
    await wait(150);
    expect(runs).toEqual(['start', 'change']);

    reason = 'focus';
    window.dispatchEvent(new Event('focus'));
    await wait(20);
    expect(runs).toEqual(['start', 'change', 'focus']);

    reason = 'interval';
    await wait(450);
    expect(runs.at(-1)).toBe('interval');
    stop();
    const count = runs.length;
    window.dispatchEvent(new Event('focus'));
    await wait(450);
    expect(runs).toHaveLength(count);
  });
});
