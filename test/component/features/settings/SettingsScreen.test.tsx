import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SettingsScreen from '../../../../renderer/features/settings/SettingsScreen';
import { renderWithDb } from '../../support/renderWithDb';
import { startEmpty } from '../../../../renderer/db/demoData';
import { readSettings } from '../../../../renderer/db/repositories/settingsRepository';
import { KonventDatabase } from '../../../../renderer/db/database';

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
});
