import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeFieldFacts, opFacts, visibleLosers, type FieldFacts } from '../../../../shared/sync/fieldMerge';
import { formatHlc } from '../../../../shared/sync/hlc';

/**
 * The merge core: a pure function of the set of ops, whatever their order, applied twice or not.
 * Random causal histories: each op is written by a writer that has seen some earlier ops.
 */
const devices = ['000000000000000a', '000000000000000b', '000000000000000c'];
const history = fc.array(fc.record({ device: fc.nat(2), sawPrevious: fc.nat(8), value: fc.constantFrom('rot', 'grün', 'blau', 'gelb') }), { minLength: 1, maxLength: 8 });

function buildOps(steps: { device: number; sawPrevious: number; value: string }[]) {
  return steps.map((step, i) => {
    const prevIndex = i - 1 - (step.sawPrevious % (i + 1));
    return { hlc: formatHlc({ millis: 1000 + i, counter: 0, deviceId: devices[step.device]! }), prev: prevIndex >= 0 ? formatHlc({ millis: 1000 + prevIndex, counter: 0, deviceId: devices[steps[prevIndex]!.device]! }) : null, value: step.value };
  });
}

const applyAll = (ops: ReturnType<typeof buildOps>) =>
  ops.reduce<FieldFacts | undefined>((facts, op) => mergeFieldFacts(facts, opFacts(op), { keepLosers: true }), undefined)!;

describe('field merge', () => {
  it('gives the same value and the same losers in any order, and ignores repeats', () => {
    fc.assert(
      fc.property(history, fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (steps, shuffle) => {
        const ops = buildOps(steps);
        const reference = applyAll(ops);
        const shuffled = [...ops].sort((a, b) => (shuffle[ops.indexOf(a) % 16]! - shuffle[ops.indexOf(b) % 16]!) || 0);
        const again = applyAll([...shuffled, ...ops.slice(0, 3)]);
        return JSON.stringify(again) === JSON.stringify(reference);
      }),
      { numRuns: 500 },
    );
  });

  it('the latest op wins; a value nobody had seen is kept as loser; a value someone overwrote knowingly is not', () => {
    const a1 = { hlc: formatHlc({ millis: 1, counter: 0, deviceId: devices[0]! }), prev: null, value: 'A' };
    const b1 = { hlc: formatHlc({ millis: 2, counter: 0, deviceId: devices[1]! }), prev: null, value: 'B' };
    const concurrent = applyAll([a1, b1]);
    expect(concurrent.value).toBe('B');
    expect(visibleLosers(concurrent).map((l) => l.v)).toEqual(['A']);
    const sequential = applyAll([a1, { ...b1, prev: a1.hlc }]);
    expect(sequential.value).toBe('B');
    expect(visibleLosers(sequential)).toEqual([]);
  });
});
