import { describe, expect, it } from 'vitest';
import { approveMinutes, circulateMinutes, WorkflowRefusedError } from '../../../../../renderer/db/repositories/minutesRepository';
import { addAgendaItem } from '../../../../../renderer/db/repositories/agendaRepository';
import { recordAttendance } from '../../../../../renderer/db/repositories/attendanceRepository';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';

/** Issue 19, point 3: approval only in a sitting that took place, recorded in that sitting's minutes. */
describe('approval is recorded where it happened', () => {
  it('refuses a past sitting still "geplant" without attendance; accepts it once attendance is recorded', async () => {
    const { db, sitting, next } = await demoDb();
    await completeDraft(db, sitting.id);
    await circulateMinutes(db, sitting.id);
    const planned = await putRow(db, 'sittings', { ...next, status: 'planned' });
    const attempt = approveMinutes(db, sitting.id, { approvingSittingId: planned.id, approvedOn: planned.date, today: '2025-06-01' });
    await expect(attempt).rejects.toBeInstanceOf(WorkflowRefusedError);
    await expect(attempt).rejects.toMatchObject({ refusal: { reason: 'approvingSittingNotHeld' } });
    expect((await loadMinutes(db, sitting.id))!.minutes.status).toBe('circulated');

    const someone = (await loadMinutes(db, planned.id))!.document.attendance.members[0]!;
    await recordAttendance(db, planned.id, someone.membershipId, { status: 'present' });
    const approved = await approveMinutes(db, sitting.id, { approvingSittingId: planned.id, approvedOn: planned.date, today: '2025-06-01' });
    expect(approved.status).toBe('approved');
  });

  it("the approving sitting's minutes carry the approval: in the item on approving minutes, else on their own", async () => {
    const { db, sitting, next } = await demoDb();
    await completeDraft(db, sitting.id);
    await circulateMinutes(db, sitting.id);
    expect((await loadMinutes(db, next.id))!.document.approvals).toBeUndefined();
    await approveMinutes(db, sitting.id, { approvingSittingId: next.id, approvedOn: next.date, today: '2025-06-01' });
    expect((await loadMinutes(db, next.id))!.document.approvals).toEqual({ hostItemId: undefined, sittingDates: ['2025-04-28'] });
    const item = await addAgendaItem(db, next.id, { title: 'Genehmigung der Niederschrift der letzten Sitzung', public: true });
    expect((await loadMinutes(db, next.id))!.document.approvals).toEqual({ hostItemId: item.id, sittingDates: ['2025-04-28'] });
    // The approved minutes themselves do not list it.
    expect((await loadMinutes(db, sitting.id))!.document.approvals).toBeUndefined();
  });
});
