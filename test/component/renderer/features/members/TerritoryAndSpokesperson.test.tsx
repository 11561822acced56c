import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoDatabase, renderMembersAt } from './renderMembers';
import { typeDateField } from '../../../support/dateFields';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { startEmpty } from '../../../../../renderer/db/demoData';

describe('territories of a register started empty', () => {
  it('points from the register to the territories, which creates the five', async () => {
    const db = new KonventDatabase(`empty-${Math.random()}`);
    await startEmpty(db);
    await renderMembersAt('/members', db);
    await userEvent.click(await screen.findByRole('link', { name: 'Zu den Gebietskörperschaften' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Die fünf Gebietskörperschaften anlegen' }));
    expect(await screen.findByText('5 Gebietskörperschaften wurden angelegt.')).toBeInTheDocument();
    expect(await screen.findAllByRole('link', { name: /^Bearbeiten: / })).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Die fünf Gebietskörperschaften anlegen' })).not.toBeInTheDocument();
  });
});

describe('territory form', () => {
  it('shows the message at an emptied field and saves nothing', async () => {
    const { db, rows } = await demoDatabase();
    const chemnitz = rows.territories.find((t) => t.key === 'C')!;
    await renderMembersAt(`/members/territory/${chemnitz.id}`, db);
    const headTitle = await screen.findByLabelText('Amtsbezeichnung der Leitung');
    await userEvent.clear(headTitle);
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte die Amtsbezeichnung angeben (z. B. Landrat)')).toBeInTheDocument();
    expect(headTitle).toHaveFocus();
    expect((await db.domain('territories').get(chemnitz.id))?.headTitle).toBe('Oberbürgermeister');
  });

  it('saves the usual venue and a new place in the rotation', async () => {
    const { db, rows } = await demoDatabase();
    const chemnitz = rows.territories.find((t) => t.key === 'C')!;
    await renderMembersAt(`/members/territory/${chemnitz.id}`, db);
    const venue = await screen.findByLabelText('Üblicher Tagungsort für Sitzungen');
    await userEvent.clear(venue);
    await userEvent.type(venue, 'Rathaus Chemnitz, Markt 1');
    await userEvent.selectOptions(screen.getByLabelText('Platz in der Rotation'), '1.');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gebietskörperschaften' })).toBeInTheDocument();
    const rowsShown = screen.getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rowsShown[0]).toContain('1.Stadt Chemnitz');
    expect(rowsShown[0]).toContain('Rathaus Chemnitz, Markt 1');
    expect(rowsShown[1]).toContain('2.Landkreis Zwickau');
  });
});

describe('spokesperson terms', () => {
  it('refuses a term overlapping a closed one, naming the overlap; a new open term ends the running one', async () => {
    const { db, person } = await demoDatabase();
    await renderMembersAt('/members/spokesperson', db);
    expect(await screen.findByRole('row', { name: /Carsten Michaelis seit 01\.01\.2025/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte eine Person auswählen')).toBeInTheDocument();
    expect(screen.getByLabelText('Sprecherin oder Sprecher')).toHaveFocus();

    await userEvent.selectOptions(screen.getByLabelText('Sprecherin oder Sprecher'), person('Anton').id);
    await typeDateField('Amtszeit ab', '2026-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('row', { name: /Rico Anton seit 01\.01\.2026/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Carsten Michaelis 01\.01\.2025 – 31\.12\.2025/ })).toBeInTheDocument();

    // Editing Michaelis' term into Anton's is refused.
    await userEvent.click(screen.getByRole('button', { name: 'Amtszeit bearbeiten: Carsten Michaelis' }));
    await typeDateField('Letzter Tag der Amtszeit', '2026-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(
      await screen.findByText(/Überschneidung mit der Amtszeit von Rico Anton \(seit 01\.01\.2026\): vom 01\.01\.2026 bis 30\.06\.2026\./),
    ).toBeInTheDocument();
    await waitFor(async () => expect((await db.domain('roles').where('kind').equals('spokesperson').toArray()).map((r) => r.validTo).sort()).toEqual(['2026-01-01', undefined]));
  });
});
