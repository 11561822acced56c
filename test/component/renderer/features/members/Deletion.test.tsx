import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoDatabase, renderMembersAt } from './renderMembers';

const counts = async (db: Awaited<ReturnType<typeof demoDatabase>>['db']) => ({
  persons: await db.domain('persons').count(),
  memberships: await db.domain('memberships').count(),
  deputies: await db.domain('deputies').count(),
});

describe('deleting from the register', () => {
  it('refuses to delete a person who appears in an attendance list, saying why and what to do instead', async () => {
    const { db, person } = await demoDatabase();
    const before = await counts(db);
    await renderMembersAt(`/members/person/${person('Beier').id}`, db);
    await userEvent.click(await screen.findByRole('button', { name: 'Person löschen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Löschen nicht möglich' });
    expect(dialog).toHaveTextContent(
      'Dr. Lothar Beier kann nicht gelöscht werden: Die Person steht als Vertretung in der Anwesenheit der Sitzung vom 28.04.2025.',
    );
    expect(dialog).toHaveTextContent('Beenden Sie stattdessen die Mitgliedschaft oder die Vertretung');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Verstanden' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await counts(db)).toEqual(before);
  });

  it('asks before deleting an unused person, and "Rückgängig" brings back the person and the membership', async () => {
    const { db, person } = await demoDatabase();
    const before = await counts(db);
    await renderMembersAt(`/members/person/${person('Dix').id}`, db);
    await userEvent.click(await screen.findByRole('button', { name: 'Person löschen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prof. Dr. Martin Dix löschen?' });
    expect(dialog).toHaveTextContent('Prof. Dr. Martin Dix wird gelöscht, mit 1 Mitgliedschaft. Direkt danach können Sie das rückgängig machen.');
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(await counts(db)).toEqual(before);

    await userEvent.click(screen.getByRole('button', { name: 'Person löschen' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Löschen' }));
    expect(await screen.findByText('Prof. Dr. Martin Dix wurde gelöscht.')).toBeInTheDocument();
    expect(await counts(db)).toEqual({ ...before, persons: before.persons - 1, memberships: before.memberships - 1 });

    await userEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(await screen.findByText('Wiederhergestellt.')).toBeInTheDocument();
    expect(await counts(db)).toEqual(before);
  });

  it('deletes a deputy entry after confirmation and restores it', async () => {
    const { db, membershipOf } = await demoDatabase();
    const schulze = membershipOf('Schulze');
    await renderMembersAt(`/members/seat/${schulze.seatId}`, db);
    await userEvent.click(await screen.findByRole('button', { name: 'Löschen: Vertretung Ralph Burghart' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Vertretung löschen?' })).getByRole('button', { name: 'Löschen' }));
    await waitFor(async () => expect(await db.domain('deputies').where('membershipId').equals(schulze.id).count()).toBe(0));
    expect(await screen.findByText('Keine ständige Vertretung eingetragen.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(async () => expect(await db.domain('deputies').where('membershipId').equals(schulze.id).count()).toBe(1));
  });
});
