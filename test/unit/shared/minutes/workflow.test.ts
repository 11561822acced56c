import { describe, expect, it } from 'vitest';
import { approve, circulate, withdrawCirculation } from '../../../../shared/minutes/workflow';
import { assertMinutesEditable, isMinutesLocked, MinutesLockedError } from '../../../../shared/minutes/approvalLock';
import type { CompletenessProblem } from '../../../../shared/minutes/completeness';
import { completeMinutes } from '../../../fixtures/minutesFixture';

const sittingId = '01JQZ0000000000000000000AA';
const laterSitting = { id: '01JQZ0000000000000000000BB', date: '2025-05-26', status: 'held' as const };
const missingChair: CompletenessProblem[] = [{ code: 'chairMissing', target: { kind: 'header', field: 'chair' } }];
const approval = {
  sitting: { date: '2025-04-28' },
  approvingSitting: laterSitting,
  approvingSittingHasAttendance: false,
  approvedOn: '2025-05-26',
  today: '2025-06-01',
  problems: [],
  contentHash: 'a'.repeat(64),
};

describe('workflow Entwurf → versendet → genehmigt', () => {
  it('circulates only complete drafts', () => {
    const draft = completeMinutes(sittingId);
    expect(circulate(draft, missingChair, '2025-05-01T10:00:00.000Z')).toEqual({
      ok: false,
      refusal: { reason: 'incomplete', problems: missingChair },
    });
    const sent = circulate(draft, [], '2025-05-01T10:00:00.000Z');
    expect(sent).toEqual({ ok: true, minutes: { ...draft, status: 'circulated', circulatedAt: '2025-05-01T10:00:00.000Z' } });
  });

  it('withdraws circulated minutes back to draft', () => {
    const sent = completeMinutes(sittingId, { status: 'circulated', circulatedAt: '2025-05-01T10:00:00.000Z' });
    const back = withdrawCirculation(sent);
    expect(back.ok && back.minutes.status).toBe('draft');
    expect(back.ok && 'circulatedAt' in back.minutes).toBe(false);
  });

  it('approves circulated minutes, recording the sitting, the date and the content hash', () => {
    const sent = completeMinutes(sittingId, { status: 'circulated' });
    const result = approve(sent, approval);
    expect(result).toEqual({
      ok: true,
      minutes: { ...sent, status: 'approved', approvedInSittingId: laterSitting.id, approvedOn: '2025-05-26', contentHash: 'a'.repeat(64) },
    });
  });

  it('refuses to approve drafts, incomplete minutes, in the same, an earlier or a future sitting, or on an impossible date', () => {
    const sent = completeMinutes(sittingId, { status: 'circulated' });
    expect(approve(completeMinutes(sittingId), approval)).toMatchObject({ ok: false, refusal: { reason: 'wrongStatus' } });
    expect(approve(sent, { ...approval, problems: missingChair })).toMatchObject({ ok: false, refusal: { reason: 'incomplete' } });
    expect(approve(sent, { ...approval, approvingSitting: { ...laterSitting, date: '2025-04-28' } })).toMatchObject({
      ok: false,
      refusal: { reason: 'approvingSittingNotLater' },
    });
    expect(approve(sent, { ...approval, approvingSitting: { ...laterSitting, status: 'cancelled' } })).toMatchObject({
      ok: false,
      refusal: { reason: 'approvingSittingCancelled' },
    });
    expect(approve(sent, { ...approval, approvedOn: '2025-04-27' })).toMatchObject({ ok: false, refusal: { reason: 'approvalDateBeforeSitting' } });
    expect(approve(sent, { ...approval, approvedOn: '2025-05-20' })).toMatchObject({
      ok: false,
      refusal: { reason: 'approvalDateBeforeApprovingSitting' },
    });
    expect(approve(sent, { ...approval, today: '2025-05-25', approvedOn: '2025-05-25' })).toMatchObject({
      ok: false,
      refusal: { reason: 'approvingSittingInFuture' },
    });
    expect(approve(sent, { ...approval, approvedOn: '2025-06-02' })).toMatchObject({ ok: false, refusal: { reason: 'approvalDateInFuture' } });
  });
});

describe('approval lock', () => {
  it('locks approved minutes and only them', () => {
    expect(isMinutesLocked(completeMinutes(sittingId))).toBe(false);
    expect(isMinutesLocked(completeMinutes(sittingId, { status: 'circulated' }))).toBe(false);
    expect(isMinutesLocked(completeMinutes(sittingId, { status: 'approved' }))).toBe(true);
    expect(isMinutesLocked(undefined)).toBe(false);
    expect(() => assertMinutesEditable(completeMinutes(sittingId, { status: 'approved' }))).toThrow(MinutesLockedError);
    expect(() => assertMinutesEditable(completeMinutes(sittingId))).not.toThrow();
  });

  it('cannot circulate or approve approved minutes again', () => {
    const approved = completeMinutes(sittingId, { status: 'approved' });
    expect(circulate(approved, [], '2025-06-01T00:00:00.000Z')).toMatchObject({ ok: false, refusal: { reason: 'wrongStatus', status: 'approved' } });
    expect(approve(approved, approval)).toMatchObject({ ok: false, refusal: { reason: 'wrongStatus', status: 'approved' } });
    expect(withdrawCirculation(approved)).toMatchObject({ ok: false });
  });
});

describe('approval only in a sitting that has taken place (issue 19)', () => {
  const sent = completeMinutes(sittingId, { status: 'circulated' });
  it('refuses a past sitting still "geplant" without attendance, accepts it with attendance or when "durchgeführt"', () => {
    const planned = { ...laterSitting, status: 'planned' as const };
    expect(approve(sent, { ...approval, approvingSitting: planned })).toMatchObject({ ok: false, refusal: { reason: 'approvingSittingNotHeld' } });
    expect(approve(sent, { ...approval, approvingSitting: { ...laterSitting, status: 'invited' as const } })).toMatchObject({
      ok: false,
      refusal: { reason: 'approvingSittingNotHeld' },
    });
    expect(approve(sent, { ...approval, approvingSitting: planned, approvingSittingHasAttendance: true }).ok).toBe(true);
    expect(approve(sent, { ...approval, approvingSitting: laterSitting }).ok).toBe(true);
  });
  it('refuses a future sitting even with attendance recorded', () => {
    expect(
      approve(sent, { ...approval, approvingSitting: { ...laterSitting, date: '2025-06-02' }, approvingSittingHasAttendance: true, approvedOn: '2025-06-02' }),
    ).toMatchObject({ ok: false, refusal: { reason: 'approvingSittingInFuture' } });
  });
});
