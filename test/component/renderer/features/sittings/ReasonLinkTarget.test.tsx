import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { SittingPage } from '../../../../../renderer/features/sittings/SittingPage';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { createSitting } from '../../../../../renderer/db/repositories/sittingsRepository';
import { recordAttendance } from '../../../../../renderer/db/repositories/attendanceRepository';
import { fieldIds, focusWhenRendered } from '../../../../../renderer/features/minutes/minutesLinks';
import { renderWithDb } from '../../../support/renderWithDb';

/**
 * Issue 19, point 7: the completeness link for a missing reason (ApprovalPanel) leads to the sitting
 * page and focuses the field where the reason is entered; for missing attendance, the member's status.
 */
// jsdom has no layout.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

describe('completeness links land where the fix is made', () => {
  it('focuses the reason input of the excused member, and the status of an unrecorded one', async () => {
    const db = new KonventDatabase(`reason-link-${Math.random()}`);
    const rows = await loadDemoData(db);
    const sitting = await createSitting(db, { body: 'extended', title: '', date: '2025-06-23', start: '14:00', end: '16:00', venue: 'Freiberg' });
    const [excused, unrecorded] = rows.memberships;
    await recordAttendance(db, sitting.id, excused!.id, { status: 'excused' });
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);
    focusWhenRendered(fieldIds.attendanceReason(excused!.id), 300);
    const person = rows.persons.find((p) => p.id === excused!.personId)!;
    await waitFor(() => expect(screen.getByRole('textbox', { name: `Grund für ${person.firstName} ${person.lastName}` })).toHaveFocus(), { timeout: 8000 });
    focusWhenRendered(fieldIds.attendanceStatus(unrecorded!.id));
    await waitFor(() => expect(document.activeElement?.getAttribute('type')).toBe('radio'));
    expect(document.activeElement?.getAttribute('name')).toBe(`attendance-${unrecorded!.id}`);
  }, 30_000);
});
