import { describe, expect, it } from 'vitest';
import { lockedSittingFieldsChanged } from '../../../../shared/minutes/lockedSittingFields';
import { demoRows, demoSitting } from '../../../fixtures/minutesFixture';

const sitting = { ...demoSitting(demoRows()), status: 'invited' as const };

describe('facts of a sitting that approved minutes record', () => {
  it('names date, times, venue, host, body, title and status', () => {
    expect(lockedSittingFieldsChanged(sitting, { ...sitting, date: '2025-04-29', start: '09:00', venue: 'Plauen' })).toEqual(['date', 'start', 'venue']);
    expect(lockedSittingFieldsChanged(sitting, { ...sitting, end: '13:00', body: 'extended', title: 'x', hostTerritoryId: undefined })).toEqual([
      'body',
      'title',
      'end',
      'hostTerritoryId',
    ]);
    expect(lockedSittingFieldsChanged(sitting, { ...sitting, status: 'cancelled' })).toEqual(['status']);
    expect(lockedSittingFieldsChanged(sitting, { ...sitting, status: 'planned' })).toEqual(['status']);
  });

  it('lets the status catch up with "durchgeführt" and ignores bookkeeping fields', () => {
    expect(lockedSittingFieldsChanged(sitting, { ...sitting, status: 'held' })).toEqual([]);
    expect(lockedSittingFieldsChanged({ ...sitting, status: 'cancelled' }, { ...sitting, status: 'held' })).toEqual(['status']);
    expect(lockedSittingFieldsChanged(sitting, { ...sitting, calendarSequence: 3, planNote: 'x', invitedAt: '2025-04-01T08:00:00.000Z' })).toEqual([]);
  });
});
