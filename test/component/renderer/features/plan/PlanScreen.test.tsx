import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlanScreen from '../../../../../renderer/features/plan/PlanScreen';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { renderWithDb } from '../../../support/renderWithDb';
import { findGroup, typeDateField } from '../../../support/dateFields';

const route = (path: string) => ({ raw: path, path, segments: path.split('/').filter(Boolean), query: new URLSearchParams(), malformed: false });

async function openForm(year = 2026) {
  const db = new KonventDatabase(`plan-screen-${Math.random()}`);
  await loadDemoData(db);
  renderWithDb(<PlanScreen route={route(`/plan/${year}/new`)} />, db);
  await screen.findByRole('heading', { name: `Sitzungsplan ${year} erstellen` });
  return db;
}

describe('Sitzungsplan: plan form', () => {
  // The 2026 plan is made in December 2025, so none of its dates lies in the past whenever the test runs.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-12-01T09:00:00+01:00') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows German messages at the fields, focuses the first, and saves nothing while invalid', async () => {
    const db = await openForm();
    await typeDateField('Ende', '13:00');
    await userEvent.click(screen.getByRole('button', { name: 'Sperrzeit hinzufügen' }));
    await userEvent.type(screen.getByLabelText('Bezeichnung'), 'Haushaltswoche');
    await typeDateField('von', '2026-05-10');
    await typeDateField('bis', '2026-05-04');
    expect(screen.getByText('Die Vorschau erscheint, sobald die Angaben vollständig und gültig sind.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Plan speichern/ }));
    expect(await screen.findByText('Das Ende muss nach dem Beginn liegen')).toBeInTheDocument();
    expect(screen.getByText('Das Ende darf nicht vor dem Beginn liegen')).toBeInTheDocument();
    const end = findGroup('Ende');
    expect(end.contains(document.activeElement)).toBe(true);
    expect(end.querySelector('[role="spinbutton"]')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.domain('plans').count()).toBe(0);
  });

  it('previews twelve months and saves the plan with the rotation continued after Zwickau', async () => {
    const db = await openForm();
    await userEvent.click(screen.getByRole('checkbox', { name: 'August' }));
    const preview = screen.getByRole('table', { name: 'Vorschau' });
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toHaveTextContent('Januar14.01.2026MittwochLandkreis MittelsachsenFreiberg');
    expect(rows[7]).toHaveTextContent('keine Sitzung');
    await userEvent.click(screen.getByRole('button', { name: 'Plan speichern (11 Sitzungen)' }));
    await waitFor(async () => expect(await db.domain('plans').count()).toBe(1));
    const plan = (await db.domain('plans').toArray())[0]!;
    const sittings = await db.domain('sittings').where('planId').equals(plan.id).sortBy('date');
    expect(sittings.map((s) => s.date)).toContain('2026-11-11');
    expect(sittings).toHaveLength(11);
    const territories = await db.domain('territories').toArray();
    expect(territories.find((t) => t.id === sittings[0]?.hostTerritoryId)?.key).toBe('MS');
    expect(sittings.every((s) => s.status === 'planned' && s.calendarSequence === 0)).toBe(true);
  });

  it('reorders the rotation by keyboard and says so', async () => {
    await openForm();
    const chemnitz = screen.getByRole('button', { name: 'Stadt Chemnitz' });
    chemnitz.focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByText('Stadt Chemnitz steht jetzt an Position 4 von 5.')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[3]).toContain('Stadt Chemnitz');
    expect(screen.getByRole('button', { name: 'Stadt Chemnitz' })).toHaveFocus();
  });

  it('deletes a plan only after its question in the dialog is answered with yes', async () => {
    const db = await openForm();
    await userEvent.click(screen.getByRole('button', { name: 'Plan speichern (12 Sitzungen)' }));
    await waitFor(async () => expect(await db.domain('plans').count()).toBe(1));
    cleanup();
    renderWithDb(<PlanScreen route={route('/plan/2026')} />, db);

    const question = 'Den Sitzungsplan 2026 mit allen seinen Sitzungen löschen?';
    await userEvent.click(await screen.findByRole('button', { name: 'Plan löschen …' }));
    const dialog = screen.getByRole('dialog', { name: question });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.domain('plans').count()).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'Plan löschen …' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: question })).getByRole('button', { name: 'Ja, Plan löschen' }));
    await waitFor(async () => expect(await db.domain('plans').count()).toBe(0));
    expect(await db.domain('sittings').where('date').startsWith('2026').count()).toBe(0);
  });

  it('names the dates already past before saving, and on request creates only the future ones', async () => {
    vi.setSystemTime(new Date('2026-03-12T09:00:00+01:00'));
    const db = await openForm();
    const past = 'Mi., 14.01.2026, Mi., 11.02.2026 und Mi., 11.03.2026';
    expect(screen.getByTestId('plan-past-dates')).toHaveTextContent(`3 Termine liegen in der Vergangenheit: ${past}. Sie werden nicht als „geplant“ angelegt.`);
    const preview = within(screen.getByRole('table', { name: 'Vorschau' })).getAllByRole('row').slice(1);
    expect(preview.map((row) => row.textContent?.includes('vorbei – wird nicht angelegt'))).toEqual([true, true, true, ...Array<boolean>(9).fill(false)]);

    await userEvent.click(screen.getByRole('button', { name: 'Plan speichern (12 Sitzungen)' }));
    let dialog = await screen.findByRole('dialog', { name: '3 Termine liegen in der Vergangenheit' });
    expect(dialog).toHaveTextContent(`${past}. Diese Termine werden nicht angelegt. Die übrigen 9 Termine werden wie in der Vorschau gespeichert.`);
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.domain('plans').count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Plan speichern (12 Sitzungen)' }));
    dialog = await screen.findByRole('dialog', { name: '3 Termine liegen in der Vergangenheit' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nur künftige Termine anlegen (9)' }));
    await waitFor(async () => expect(await db.domain('plans').count()).toBe(1));
    const plan = (await db.domain('plans').toArray())[0]!;
    const sittings = await db.domain('sittings').where('planId').equals(plan.id).sortBy('date');
    expect(sittings).toHaveLength(9);
    expect(sittings[0]?.date).toBe('2026-04-08');
    expect(sittings.every((s) => s.status === 'planned' && s.date >= '2026-03-12')).toBe(true);
  });

  it('saves no plan whose dates all lie in the past', async () => {
    vi.setSystemTime(new Date('2026-03-12T09:00:00+01:00'));
    const db = await openForm(2025);
    await userEvent.click(screen.getByRole('button', { name: /Plan speichern/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Alle Termine dieses Plans liegen in der Vergangenheit' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Verstanden' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.domain('plans').count()).toBe(0);
    expect(await db.domain('sittings').count()).toBe(1);
  });
});
