import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PrintDocumentRequest, SaveFileRequest } from '../../../../../renderer/platform/platformBridge';
import { demoDatabase, renderMembersAt } from './renderMembers';
import { typeDateField } from '../../../support/dateFields';

const bridge = vi.hoisted(() => ({
  saveFile: vi.fn<(request: SaveFileRequest) => Promise<{ savedAs: string } | null>>(),
  printDocument: vi.fn<(request: PrintDocumentRequest) => Promise<{ savedAs: string } | null>>(),
}));
vi.mock('../../../../../renderer/platform/platform', () => ({ platform: () => bridge }));

beforeEach(() => {
  bridge.saveFile.mockReset().mockImplementation(async (r) => ({ savedAs: `/home/sekretariat/${r.suggestedName}` }));
  bridge.printDocument.mockReset().mockImplementation(async (r) => ({ savedAs: `/home/sekretariat/${r.suggestedName}` }));
});

const count = () => screen.getByText(/Mitglied(er)? am /).textContent;

describe('register', () => {
  it('shows the register as of the chosen date, filtered and searched', async () => {
    const { db } = await demoDatabase();
    await renderMembersAt('/members', db);
    expect(await screen.findByRole('heading', { level: 2, name: 'Gebietskörperschaften (5)' })).toBeInTheDocument();
    expect(count()).toMatch(/^18 Mitglieder am /);

    await typeDateField('Stand am', '2025-04-27');
    await waitFor(() => expect(count()).toBe('0 Mitglieder am So., 27.04.2025'));
    await typeDateField('Stand am', '2025-04-28');
    await waitFor(() => expect(count()).toBe('18 Mitglieder am Mo., 28.04.2025'));

    await userEvent.selectOptions(screen.getByLabelText('Gremium'), 'core');
    await waitFor(() => expect(count()).toMatch(/^5 Mitglieder/));
    await userEvent.selectOptions(screen.getByLabelText('Gremium'), 'extended');
    await userEvent.selectOptions(screen.getByLabelText('Kategorie'), 'permanent');
    await waitFor(() => expect(count()).toMatch(/^3 Mitglieder/));
    expect(screen.queryByRole('heading', { name: /Gebietskörperschaften/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Kategorie'), 'all');
    await userEvent.selectOptions(screen.getByLabelText('Gebietskörperschaft'), 'Landkreis Mittelsachsen');
    await waitFor(() => expect(count()).toMatch(/^2 Mitglieder/));
    await userEvent.selectOptions(screen.getByLabelText('Gebietskörperschaft'), 'Alle Gebietskörperschaften');
    await userEvent.type(screen.getByLabelText('Suche'), 'handwerk');
    await waitFor(() => expect(count()).toMatch(/^1 Mitglied am/));
    expect(screen.getByText('Frank Wagner')).toBeInTheDocument();
  }, 20_000);

  it('keeps showing the last valid date when the date field is emptied', async () => {
    const { db } = await demoDatabase();
    await renderMembersAt('/members', db);
    await typeDateField('Stand am', '2025-05-01');
    await typeDateField('Stand am', '');
    expect(await screen.findByText('Bitte ein gültiges Datum eingeben. Angezeigt wird weiter der Stand vom 01.05.2025.')).toBeInTheDocument();
    expect(count()).toBe('18 Mitglieder am Do., 01.05.2025');
  }, 20_000);

  it('exports the full register of the date as CSV (BOM, ";") and as PDF through the print route', async () => {
    const { db } = await demoDatabase();
    await renderMembersAt('/members', db);
    await typeDateField('Stand am', '2025-09-01');
    await userEvent.type(screen.getByLabelText('Suche'), 'krüger'); // filters do not narrow the export
    await userEvent.click(screen.getByRole('button', { name: 'Register als CSV' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const request = bridge.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe('Mitgliederregister-2025-09-01.csv');
    expect(request.filter.extensions).toEqual(['csv']);
    const bytes = new Uint8Array(await request.content.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(19);
    expect(text).toContain(';Sven;Krüger;Landrat;');
    expect(await screen.findByText('Export erstellt: /home/sekretariat/Mitgliederregister-2025-09-01.csv')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Register als PDF' }));
    await waitFor(() => expect(bridge.printDocument).toHaveBeenCalledWith({
      route: '/print/register/2025-09-01',
      suggestedName: 'Mitgliederregister-2025-09-01.pdf',
    }));
  });

  it('says so when an export fails', async () => {
    bridge.printDocument.mockRejectedValueOnce(new Error('Das Dokument konnte nicht zum Drucken vorbereitet werden.'));
    const { db } = await demoDatabase();
    await renderMembersAt('/members', db);
    await userEvent.click(await screen.findByRole('button', { name: 'Register als PDF' }));
    expect(await screen.findByText('Der Export ist fehlgeschlagen: Das Dokument konnte nicht zum Drucken vorbereitet werden.')).toBeInTheDocument();
  });
});
