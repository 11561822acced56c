import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SittingPage } from '../../../../../renderer/features/sittings/SittingPage';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { createSitting } from '../../../../../renderer/db/repositories/sittingsRepository';
import { recordAttendance } from '../../../../../renderer/db/repositories/attendanceRepository';
import { renderWithDb } from '../../../support/renderWithDb';

/** Issue 19, point 6: a past sitting with attendance recorded is offered as "durchgeführt" in one click. */
describe('sittings follow life', () => {
  it('offers "durchgeführt" for a past "geplant" sitting once attendance is recorded; one click sets it and keeps its rules', async () => {
    const db = new KonventDatabase(`held-${Math.random()}`);
    const rows = await loadDemoData(db);
    const sitting = await createSitting(db, { body: 'extended', title: '', date: '2025-06-23', start: '14:00', end: '16:00', venue: 'Freiberg' });
    const view = renderWithDb(<SittingPage sittingId={sitting.id} />, db);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('held-offer')).toBeNull();
    view.unmount();

    await recordAttendance(db, sitting.id, rows.memberships[0]!.id, { status: 'present' });
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);
    const offer = await screen.findByTestId('held-offer', {}, { timeout: 5000 });
    expect(offer).toHaveTextContent('Der Tag der Sitzung ist vorbei und ihre Anwesenheit ist erfasst: Sie hat stattgefunden.');
    await userEvent.click(screen.getByRole('button', { name: 'Als durchgeführt eintragen' }));
    await waitFor(async () => expect((await db.domain('sittings').get(sitting.id))?.status).toBe('held'));
    expect((await db.domain('sittings').get(sitting.id))?.rulesOfTheDay).toEqual({ quorumRule: 'majorityOfMembers', noticePeriodDays: 14 });
    await waitFor(() => expect(screen.queryByTestId('held-offer')).toBeNull());
    await screen.findByText(/Regel vom Tag der Sitzung \(festgehalten, seit sie durchgeführt ist\)/);
  }, 30_000);
});
