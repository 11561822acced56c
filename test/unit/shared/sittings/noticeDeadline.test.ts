import { describe, expect, it } from 'vitest';
import { noticeDeadline, noticeState } from '../../../../shared/sittings/noticeDeadline';

describe('notice deadline (Ladungsfrist)', () => {
  it('is the sitting date minus the notice period, across month and year ends', () => {
    expect(noticeDeadline('2025-04-28', 14)).toBe('2025-04-14');
    expect(noticeDeadline('2026-01-05', 14)).toBe('2025-12-22');
    expect(noticeDeadline('2024-03-10', 14)).toBe('2024-02-25');
    expect(noticeDeadline('2025-03-30', 0)).toBe('2025-03-30');
  });

  it('counts an invitation on the deadline as on time and one a day later as late', () => {
    const sitting = { date: '2026-03-11', status: 'invited' as const };
    expect(noticeState(sitting, '2026-02-25', 14, '2026-02-20')).toEqual({ kind: 'invitedOnTime', deadline: '2026-02-25', invitedOn: '2026-02-25' });
    expect(noticeState(sitting, '2026-02-27', 14, '2026-02-27')).toEqual({
      kind: 'invitedLate',
      deadline: '2026-02-25',
      invitedOn: '2026-02-27',
      daysLate: 2,
    });
  });

  it('warns before and after the deadline when no invitation went out', () => {
    const sitting = { date: '2026-03-11', status: 'planned' as const };
    expect(noticeState(sitting, undefined, 14, '2026-02-20')).toMatchObject({ kind: 'open', daysLeft: 5 });
    expect(noticeState(sitting, undefined, 14, '2026-02-25')).toMatchObject({ kind: 'open', daysLeft: 0 });
    expect(noticeState(sitting, undefined, 14, '2026-02-26')).toMatchObject({ kind: 'overdue', daysOverdue: 1 });
  });

  it('does not warn about held or cancelled sittings without a recorded invitation', () => {
    expect(noticeState({ date: '2025-04-28', status: 'held' }, undefined, 14, '2026-11-21').kind).toBe('notRecorded');
    expect(noticeState({ date: '2026-03-11', status: 'cancelled' }, undefined, 14, '2026-03-01').kind).toBe('notRecorded');
  });
});
