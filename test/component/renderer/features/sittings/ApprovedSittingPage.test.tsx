import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { SittingPage } from '../../../../../renderer/features/sittings/SittingPage';
import { renderWithDb } from '../../../support/renderWithDb';
import { circulateAndApprove, completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';

describe('a sitting whose minutes are approved', () => {
  it('says so and shows attendance, guests and status as recorded, with no controls that could only be refused', async () => {
    const { db, sitting, next } = await demoDb();
    await completeDraft(db, sitting.id);
    await circulateAndApprove(db, sitting.id, next);
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);

    expect(await screen.findByTestId('minutes-approved-notice')).toHaveTextContent(
      'Die Niederschrift dieser Sitzung ist genehmigt (am Mo., 26.05.2025). Angaben, Anwesenheit und Gäste sind deshalb schreibgeschützt',
    );
    expect(within(screen.getByTestId('minutes-approved-notice')).getByRole('link', { name: 'Zur Niederschrift' })).toHaveAttribute(
      'href',
      `#/minutes/${sitting.id}`,
    );

    const krueger = screen.getByTestId('attendance-Sven Krüger');
    expect(krueger).toHaveTextContent('vertreten');
    expect(krueger).toHaveTextContent('vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    expect(screen.getByTestId('attendance-Carsten Michaelis')).toHaveTextContent('anwesend');
    expect(screen.getByText('Regina Kraushaar')).toBeInTheDocument();

    // Nothing to click or type that the lock would refuse: only the two documents can be printed again.
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('form', { name: 'Gast hinzufügen' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Einladung erstellen', 'Anwesenheitsliste drucken']);
    expect(screen.getByText('durchgeführt')).toBeInTheDocument();
  });

  it('lets a sitting still marked "eingeladen" be recorded as held, and nothing else', async () => {
    const { db, sitting, next } = await demoDb();
    await completeDraft(db, sitting.id);
    await circulateAndApprove(db, sitting.id, next);
    await putRow(db, 'sittings', { ...sitting, status: 'invited' });
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);

    await userEvent.click(await screen.findByRole('button', { name: 'Als durchgeführt eintragen' }));
    await waitFor(async () => expect((await db.domain('sittings').get(sitting.id))?.status).toBe('held'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Als durchgeführt eintragen' })).not.toBeInTheDocument());
    expect(screen.getByText('Status gespeichert.')).toBeInTheDocument();
  });
});
