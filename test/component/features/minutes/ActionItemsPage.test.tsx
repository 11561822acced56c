import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ActionItemsPage } from '../../../../renderer/features/minutes/ActionItemsPage';
import { addActionItem, closeActionItemInSitting } from '../../../../renderer/db/repositories/actionItemRepository';
import { putRow } from '../../../../renderer/db/rowWriter';
import { renderWithDb } from '../../support/renderWithDb';
import { circulateAndApprove, completeDraft, demoDb, recordAllPresent } from '../../../fixtures/demoMinutesDb';

describe('Aufgaben list', () => {
  it('shows the state of a task as text once approved minutes recorded it, and keeps the select for the others', async () => {
    const { db, sitting, next } = await demoDb();
    const { item } = await completeDraft(db, sitting.id);
    const task = await addActionItem(db, sitting.id, item.id, { text: 'Zeitplan versenden', owner: 'Geschäftsstelle', due: undefined });
    await addActionItem(db, sitting.id, item.id, { text: 'Termine abstimmen', owner: 'Geschäftsstelle', due: undefined });
    await closeActionItemInSitting(db, task.id, next, 'done');
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
});
