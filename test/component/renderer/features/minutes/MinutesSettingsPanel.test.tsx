import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MinutesSettingsPanel } from '../../../../../renderer/features/minutes/MinutesSettingsPanel';
import { renderWithDb } from '../../../support/renderWithDb';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { startEmpty } from '../../../../../renderer/db/demoData';
import { readSettings } from '../../../../../renderer/db/repositories/settingsRepository';

async function setUp() {
  const db = new KonventDatabase(`minutes-settings-${Math.random()}`);
  await startEmpty(db);
  renderWithDb(<MinutesSettingsPanel />, db);
  return db;
}

describe('Einstellungen › Niederschriften', () => {
  it('saves the agenda template, one item per line, without blank lines', async () => {
    const db = await setUp();
    const template = await screen.findByLabelText('Vorlage der Tagesordnung');
    expect((template as HTMLTextAreaElement).value.split('\n')[0]).toBe('Begrüßung und Feststellung der Beschlussfähigkeit');
    await userEvent.clear(template);
    await userEvent.type(template, 'Begrüßung{Enter}{Enter}  Bericht der Geschäftsstelle  {Enter}Verschiedenes');
    await userEvent.click(screen.getByRole('button', { name: 'Vorlage und Logo übernehmen' }));
    await waitFor(async () => expect((await readSettings(db)).agendaTemplate).toEqual(['Begrüßung', 'Bericht der Geschäftsstelle', 'Verschiedenes']));
    expect(await screen.findByText('Gespeichert.')).toBeInTheDocument();
  });

  it('takes a small logo as data URL and refuses other files with a German message', async () => {
    const db = await setUp();
    const input = await screen.findByLabelText('Logo im Briefkopf (optional)');
    await userEvent.upload(input, new File(['%PDF'], 'logo.pdf', { type: 'application/pdf' }), { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte eine PNG-, JPEG- oder SVG-Datei wählen.');
    await userEvent.upload(input, new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', { type: 'image/svg+xml' }));
    expect(await screen.findByRole('img', { name: 'Logo im Briefkopf' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Vorlage und Logo übernehmen' }));
    await waitFor(async () => expect((await readSettings(db)).logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/));
    await userEvent.click(screen.getByRole('button', { name: 'Logo entfernen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vorlage und Logo übernehmen' }));
    await waitFor(async () => expect((await readSettings(db)).logoDataUrl).toBeUndefined());
  });
});
