import { describe, expect, it } from 'vitest';
import { approvedReviewChangedBy, statusFixedByApprovedReview } from '../../../../shared/minutes/reviewLock';
import { actionItem } from '../../../fixtures/minutesFixture';

const FROM = '2025-04-28';
const open = actionItem('01JV0000000000000000000SIT', undefined, 'Zeitplan versenden');
const closed = (doneAt: string, status: 'done' | 'dropped' = 'done') => ({ ...open, status, doneAt });

describe('approved minutes fix the tasks they review', () => {
  it('finds the approved sitting whose review a change would rewrite', () => {
    // Closed in the approved sitting of 26.05.: reopening it would make those minutes say "offen".
    expect(approvedReviewChangedBy(closed('2025-05-26'), open, FROM, ['2025-05-26'])).toBe('2025-05-26');
    // Closed before 26.05. (not listed there): reopening would list it again.
    expect(approvedReviewChangedBy(closed('2025-05-10'), open, FROM, ['2025-05-26'])).toBe('2025-05-26');
    // Text, owner, date and deletion are printed in the review too.
    expect(approvedReviewChangedBy(open, { ...open, owner: 'Landrat' }, FROM, ['2025-06-23', '2025-05-26'])).toBe('2025-05-26');
    expect(approvedReviewChangedBy(open, undefined, FROM, ['2025-05-26'])).toBe('2025-05-26');
  });

  it('lets a task move on where no approved review is touched', () => {
    // Open on 26.05.; closed later it still was open on that day.
    expect(approvedReviewChangedBy(open, closed('2025-07-01'), FROM, ['2025-05-26'])).toBeUndefined();
    expect(approvedReviewChangedBy(closed('2025-07-01'), open, FROM, ['2025-05-26'])).toBeUndefined();
    // Minutes of the task's own sitting or earlier ones do not review it.
    expect(approvedReviewChangedBy(open, { ...open, text: 'neu' }, FROM, ['2025-04-28', '2025-03-31'])).toBeUndefined();
    expect(approvedReviewChangedBy(open, { ...open, text: 'neu' }, FROM, [])).toBeUndefined();
  });

  it('shows a closed task as fixed when reopening it would rewrite approved minutes', () => {
    expect(statusFixedByApprovedReview(closed('2025-05-26', 'dropped'), FROM, ['2025-05-26'])).toBe('2025-05-26');
    expect(statusFixedByApprovedReview(closed('2025-07-01'), FROM, ['2025-05-26'])).toBeUndefined();
    expect(statusFixedByApprovedReview(open, FROM, ['2025-05-26'])).toBeUndefined();
  });
});
