import { describe, expect, it } from 'vitest';
import { sittingNumber } from '../../../../shared/sittings/sittingNumber';

const s = (id: string, date: string, status: 'planned' | 'held' | 'cancelled' = 'held', body: 'core' | 'extended' = 'extended', start = '14:00') => ({
  id,
  date,
  status,
  body,
  start,
});

describe('sittingNumber', () => {
  const all = [
    s('a', '2025-04-28'),
    s('b', '2025-05-26', 'cancelled'),
    s('c', '2025-06-30'),
    s('x', '2025-06-01', 'held', 'core'),
    s('d', '2025-06-30', 'planned', 'extended', '16:00'),
  ];
  it('counts the non-cancelled sittings of the body up to and including this one', () => {
    expect(sittingNumber(all[0]!, all)).toBe(1);
    expect(sittingNumber(all[2]!, all)).toBe(2);
    expect(sittingNumber(all[4]!, all)).toBe(3);
    expect(sittingNumber(all[3]!, all)).toBe(1);
  });
  it('gives a cancelled sitting no number', () => {
    expect(sittingNumber(all[1]!, all)).toBeUndefined();
  });
});
