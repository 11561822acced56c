import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActionItem } from '../../../../shared/domain/minutes';
import { approvedReviewChangedBy, statusFixedByApprovedReview, statusFixedByApprovedReviewLookup } from '../../../../shared/minutes/reviewLock';
import { actionItem } from '../../../fixtures/minutesFixture';

const FROM = '2025-04-28';
const open = actionItem('01JV0000000000000000000SIT', undefined, 'Zeitplan versenden');
const closed = (doneAt: string, status: 'done' | 'dropped' = 'done') => ({ ...open, status, doneAt });

describe('approved minutes fix the actionItems they review', () => {
  it('finds the approved sitting whose review a change would rewrite', () => {
    // Closed in the approved sitting of 26.05.: reopening it would make those minutes say "offen".
    expect(approvedReviewChangedBy(closed('2025-05-26'), open, FROM, ['2025-05-26'])).toBe('2025-05-26');
    // Closed before 26.05. (not listed there): reopening would list it again.
    expect(approvedReviewChangedBy(closed('2025-05-10'), open, FROM, ['2025-05-26'])).toBe('2025-05-26');
    // Text, owner, date and deletion are printed in the review too.
    expect(approvedReviewChangedBy(open, { ...open, owner: 'Landrat' }, FROM, ['2025-06-23', '2025-05-26'])).toBe('2025-05-26');
    expect(approvedReviewChangedBy(open, undefined, FROM, ['2025-05-26'])).toBe('2025-05-26');
  });

  it('lets a actionItem move on where no approved review is touched', () => {
    // Open on 26.05.; closed later it still was open on that day.
    expect(approvedReviewChangedBy(open, closed('2025-07-01'), FROM, ['2025-05-26'])).toBeUndefined();
    expect(approvedReviewChangedBy(closed('2025-07-01'), open, FROM, ['2025-05-26'])).toBeUndefined();
    // Minutes of the actionItem's own sitting or earlier ones do not review it.
    expect(approvedReviewChangedBy(open, { ...open, text: 'neu' }, FROM, ['2025-04-28', '2025-03-31'])).toBeUndefined();
    expect(approvedReviewChangedBy(open, { ...open, text: 'neu' }, FROM, [])).toBeUndefined();
  });

  it('shows a closed actionItem as fixed when reopening it would rewrite approved minutes', () => {
    expect(statusFixedByApprovedReview(closed('2025-05-26', 'dropped'), FROM, ['2025-05-26'])).toBe('2025-05-26');
    expect(statusFixedByApprovedReview(closed('2025-07-01'), FROM, ['2025-05-26'])).toBeUndefined();
    expect(statusFixedByApprovedReview(open, FROM, ['2025-05-26'])).toBeUndefined();
  });
});

describe('statusFixedByApprovedReviewLookup (the Aufgabenliste, many actionItems at once)', () => {
  const day = fc.integer({ min: 0, max: 40 }).map((n) => `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + n).padStart(2, '0').slice(-2)}`);
  it('answers exactly as statusFixedByApprovedReview for any actionItem and approved dates', () => {
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 12 }),
        day,
        fc.constantFrom('open', 'done', 'dropped'),
        fc.option(day, { nil: undefined }),
        (approved, from, status, doneAt) => {
          const actionItem: ActionItem = { id: 'a1', updatedAt: '2025-01-01T00:00:00.000Z', sittingId: 's1', text: 'Bericht senden', owner: 'GS', status, ...(doneAt ? { doneAt } : {}) };
          expect(statusFixedByApprovedReviewLookup(approved)(actionItem, from)).toBe(statusFixedByApprovedReview(actionItem, from, approved));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
