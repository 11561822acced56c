import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileStemToHlc, formatHlc, hlcToFileStem, isHlc, parseHlc, receiveHlc, tickHlc } from '../../../../shared/sync/hlc';

const A = '0123456789abcdef';
const B = 'fedcba9876543210';

describe('hybrid logical clock', () => {
  it('has the documented text form and sorts as text', () => {
    const hlc = tickHlc(null, A, Date.UTC(2026, 2, 11, 13));
    expect(hlc).toBe('2026-03-11T13:00:00.000Z-0000-0123456789abcdef');
    expect(isHlc(hlc)).toBe(true);
    expect(parseHlc(hlc)).toEqual({ millis: Date.UTC(2026, 2, 11, 13), counter: 0, deviceId: A });
    expect(formatHlc({ millis: 0, counter: 10, deviceId: B })).toBe('1970-01-01T00:00:00.000Z-000a-fedcba9876543210');
  });

  it('never goes backwards, whatever the wall clock does, and local writes after receiving are later', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ remote: fc.boolean(), wall: fc.integer({ min: 0, max: 2 ** 41 }), remoteWall: fc.integer({ min: 0, max: 2 ** 41 }), counter: fc.nat(0xffff) }), { maxLength: 60 }),
        (steps) => {
          let last: string | null = null;
          for (const step of steps) {
            if (step.remote) {
              const remote = formatHlc({ millis: step.remoteWall, counter: step.counter, deviceId: B });
              const next: string = receiveHlc(last, remote, A, step.wall);
              if (next <= remote.slice(0, 29) + A && next.slice(0, 29) <= remote.slice(0, 29)) return false;
              if (last && next <= last) return false;
              last = next;
              const local = tickHlc(last, A, step.wall);
              if (local.slice(0, 29) <= remote.slice(0, 29)) return false;
              last = local;
            } else {
              const next = tickHlc(last, A, step.wall);
              if (last && next <= last) return false;
              last = next;
            }
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('borrows the next millisecond when the counter runs over', () => {
    const full = formatHlc({ millis: 1000, counter: 0xffff, deviceId: A });
    const next = tickHlc(full, A, 0);
    expect(next > full).toBe(true);
    expect(parseHlc(next)).toEqual({ millis: 1001, counter: 0, deviceId: A });
  });

  it('has a file-name form without colons that maps back and sorts the same', () => {
    const hlc = '2026-03-11T13:05:09.042Z-00ff-0123456789abcdef';
    expect(hlcToFileStem(hlc)).toBe('20260311T130509042Z-00ff-0123456789abcdef');
    expect(fileStemToHlc(hlcToFileStem(hlc))).toBe(hlc);
    expect(fileStemToHlc('20260311T130509042Z-00ff-0123456789abcdef (1)')).toBeNull();
    expect(fileStemToHlc('20261311T130509042Z-00ff-0123456789abcdef')).toBeNull();
  });

  it('never fails and never produces a reading at the upper bound, whatever it stored, received or reads from the wall', () => {
    let clock: string = receiveHlc(null, `8999-12-31T23:59:59.999Z-ffff-${B}`, A, Date.now());
    for (let i = 0; i < 70_000; i++) clock = tickHlc(clock, A, Date.now());
    expect(isHlc(clock)).toBe(true);
    // A database poisoned by an older version (year 9999, counter ffff), a wall clock past the bound, NaN:
    for (const [last, wall] of [[`9999-12-31T23:59:59.999Z-ffff-${A}`, Date.now()], [null, Date.UTC(9500, 0, 1)], [null, Number.NaN]] as const) {
      const next = tickHlc(last, A, wall);
      expect(isHlc(next)).toBe(true);
      expect(isHlc(receiveHlc(last, `9999-12-31T23:59:59.999Z-ffff-${B}`, A, wall))).toBe(true);
    }
  });
});
