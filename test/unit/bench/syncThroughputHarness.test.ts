import { describe, expect, it } from 'vitest';
import { measureSyncThroughput } from '../../bench/sync/syncThroughput';

// The Node sync benchmark on a tiny size, so it never rots; no timing is asserted.
describe('sync throughput harness (tiny)', () => {
  it('three PCs apply each other\'s ops and the figure is measured', async () => {
    const result = await measureSyncThroughput(270);
    expect(result.opsPerPc).toBe(270);
    expect(result.appliedOps).toBe(3 * 270 * 2);
    expect(result.appliedOpsPerSec).toBeGreaterThan(0);
  }, 60_000);
});
