import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SettingsScreen from '../../../../../renderer/features/settings/SettingsScreen';
import { renderWithDb } from '../../../support/renderWithDb';
import { startEmpty } from '../../../../../renderer/db/demoData';
import { readSettings, saveSettings } from '../../../../../renderer/db/repositories/settingsRepository';
import { KonventDatabase } from '../../../../../renderer/db/database';

async function setUpDb() {
  const db = new KonventDatabase(`settings-${Math.random()}`);
  await startEmpty(db);
  return db;
}

describe('Einstellungen', () => {
  it('shows a German message at the field, focuses it, and saves nothing while invalid', async () => {
    const db = await setUpDb();
    renderWithDb(<SettingsScreen />, db);
    const name = await screen.findByLabelText('Name des Konvents');
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte den Namen des Konvents angeben')).toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect((await readSettings(db)).conventName).toBe('Regionalkonvent Südwestsachsen');
  });

  it('saves valid changes', async () => {
    const db = await setUpDb();
    renderWithDb(<SettingsScreen />, db);
    const period = await screen.findByLabelText('Ladungsfrist (Tage)');
    await userEvent.clear(period);
    await userEvent.type(period, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () => expect((await readSettings(db)).noticePeriodDays).toBe(10));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Gespeichert.'));
  });

  it('keeps what is being typed when another panel saves the settings row, and saves it afterwards', async () => {
    const db = await setUpDb();
    renderWithDb(<SettingsScreen />, db);
    const name = await screen.findByLabelText('Name des Konvents');
    await userEvent.clear(name);
    await userEvent.type(name, 'Regionalkonvent Chemnitz');

    // The Niederschriften panel saves the same settings row with its own button.
    const template = screen.getByLabelText('Vorlage der Tagesordnung');
    await userEvent.clear(template);
    await userEvent.type(template, 'Begrüßung');
    await userEvent.click(screen.getByRole('button', { name: 'Vorlage und Logo übernehmen' }));
    await waitFor(async () => expect((await readSettings(db)).agendaTemplate).toEqual(['Begrüßung']));
    // So does another PC (through sync): a field nobody is editing takes the new value.
    await saveSettings(db, { noticePeriodDays: 21 });
    await waitFor(() => expect(screen.getByLabelText('Ladungsfrist (Tage)')).toHaveValue(21));
    expect(screen.getByLabelText('Name des Konvents')).toHaveValue('Regionalkonvent Chemnitz');

    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () =>
      expect(await readSettings(db)).toMatchObject({ conventName: 'Regionalkonvent Chemnitz', noticePeriodDays: 21, agendaTemplate: ['Begrüßung'] }),
    );
  });

  it('shows changes saved elsewhere while nothing is being edited', async () => {
    const db = await setUpDb();
    renderWithDb(<SettingsScreen />, db);
    await screen.findByLabelText('Name des Konvents');
    await saveSettings(db, { conventName: 'Erweiterter Regionalkonvent' });
    await waitFor(() => expect(screen.getByLabelText('Name des Konvents')).toHaveValue('Erweiterter Regionalkonvent'));
  });

  it('applies a new language at once, without "Speichern" and without saving other edits', async () => {
    const db = await setUpDb();
    renderWithDb(<SettingsScreen />, db);
    const name = await screen.findByLabelText('Name des Konvents');
    await userEvent.clear(name);
    await userEvent.type(name, 'Halb getippt');
    await userEvent.selectOptions(screen.getByLabelText('Sprache'), 'en');
    await waitFor(async () => expect((await readSettings(db)).language).toBe('en'));
    expect((await readSettings(db)).conventName).toBe('Regionalkonvent Südwestsachsen');
    expect(screen.getByLabelText('Name des Konvents')).toHaveValue('Halb getippt');
  });

  it('says in the UI language what the Ladungsfrist accepts (no zod default)', async () => {
    const db = await setUpDb();
    renderWithDb(<SettingsScreen />, db);
    const period = await screen.findByLabelText('Ladungsfrist (Tage)');
    await userEvent.clear(period);
    await userEvent.type(period, '91');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte eine Zahl bis höchstens 90 eingeben.')).toBeInTheDocument();
    await userEvent.clear(period);
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte eine Zahl eingeben.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Invalid input|expected|Too big|NaN/);
  });
});
