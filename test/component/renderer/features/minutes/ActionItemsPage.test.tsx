import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionItemsPage } from '../../../../../renderer/features/minutes/ActionItemsPage';
import { addActionItem, closeActionItemInSitting } from '../../../../../renderer/db/repositories/actionItemRepository';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { renderWithDb } from '../../../support/renderWithDb';
import { circulateAndApprove, completeDraft, demoDb, recordAllPresent } from '../../../../fixtures/demoMinutesDb';

describe('Aufgaben list', () => {
  it('shows the state of a actionItem as text once approved minutes recorded it, and keeps the select for the others', async () => {
    const { db, sitting, next } = await demoDb();
    const { item } = await completeDraft(db, sitting.id);
    const actionItem = await addActionItem(db, sitting.id, item.id, { text: 'Zeitplan versenden', owner: 'Geschäftsstelle', due: undefined });
    await addActionItem(db, sitting.id, item.id, { text: 'Termine abstimmen', owner: 'Geschäftsstelle', due: undefined });
    await closeActionItemInSitting(db, actionItem.id, next, 'done');
    const third = await putRow(db, 'sittings', { ...next, id: '01JV0000000000000000000THD', date: '2025-06-23' });
    await completeDraft(db, next.id);
    await recordAllPresent(db, next.id);
    await circulateAndApprove(db, next.id, third);

    renderWithDb(<ActionItemsPage query={new URLSearchParams('filter=all')} />, db);
    expect(await screen.findByRole('combobox', { name: 'Stand von „Termine abstimmen“' })).toHaveDisplayValue('offen');
    expect(screen.queryByRole('combobox', { name: 'Stand von „Zeitplan versenden“' })).not.toBeInTheDocument();
    const row = screen.getByText('Zeitplan versenden').closest('tr')!;
    expect(row).toHaveTextContent('erledigt');
    expect(row).toHaveTextContent('festgehalten in der genehmigten Niederschrift vom 26.05.2025');
  });

  it('a long list shows its first rows at once and then every row, and a new filter starts over', async () => {
    const { db, sitting } = await demoDb();
    const { item } = await completeDraft(db, sitting.id);
    for (let n = 1; n <= 250; n += 1) await addActionItem(db, sitting.id, item.id, { text: `Aufgabe ${n}`, owner: n % 2 ? 'Geschäftsstelle' : 'Landrat', due: undefined });
    renderWithDb(<ActionItemsPage query={new URLSearchParams('filter=all')} />, db);
    expect(await screen.findByText('250 Aufgaben')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(251), { timeout: 10_000 });
    await userEvent.selectOptions(screen.getByLabelText('Verantwortlich'), 'Landrat');
    expect(await screen.findByText('125 Aufgaben')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(126), { timeout: 10_000 });
  }, 30_000);
});
