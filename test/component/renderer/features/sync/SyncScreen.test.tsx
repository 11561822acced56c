import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SyncScreen from '../../../../../renderer/features/sync/SyncScreen';
import { renderWithDb } from '../../../support/renderWithDb';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { updateStatus, updateSyncState } from '../../../../../renderer/sync/engine/engineState';
import { setUpOffice, syncAll, testId } from '../../../../unit/renderer/sync/support/simulatedPc';

let cleanup: () => void = () => undefined;
afterEach(() => {
  cleanup();
  delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
});

describe('Synchronisation screen', () => {
  it('asks for the PC name at the field before opening the folder dialog', async () => {
    const picker = vi.fn();
    (window as { showDirectoryPicker?: unknown }).showDirectoryPicker = picker;
    renderWithDb(<SyncScreen />, new KonventDatabase(`sync-screen-${Math.random()}`));
    await userEvent.click(await screen.findByRole('button', { name: 'Ordner wählen …' }));
    expect(await screen.findByText('Bitte geben Sie diesem PC einen Namen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name dieses PCs')).toHaveFocus();
    expect(picker).not.toHaveBeenCalled();
  });

  it('says in one sentence why sync paused, and offers what helps', async () => {
    const db = new KonventDatabase(`sync-screen-${Math.random()}`);
    await updateSyncState(db, (state) => {
      state.folderId = '0123456789abcdef0123456789abcdef';
      state.folderLabel = 'S:\\Konvent';
      state.name = 'Sekretariat Zwickau';
    });
    await updateStatus(db, { state: 'paused', pause: { reason: 'folderEmpty' } });
    renderWithDb(<SyncScreen />, db);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der Synchronisationsordner ist leer – wurde er geleert oder verschoben? Auf diesem PC wurde nichts gelöscht.');
    expect(within(alert).getByRole('button', { name: 'Ordner wiederherstellen' })).toBeInTheDocument();
    expect(screen.getByText('S:\\Konvent')).toBeInTheDocument();
  });

  it('shows a conflict with both values and who wrote them; taking the other value applies it', async () => {
    const setup = await setUpOffice(['Sekretariat Zwickau', 'Geschäftsstelle Chemnitz']);
    cleanup = setup.cleanup;
    const [a, b] = setup.pcs;
    await a!.db.domain('persons').update(testId(1), { phone: '0375 4402-0' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b!.db.domain('persons').update(testId(1), { phone: '0371 488-0' });
    await syncAll(setup.pcs);
    renderWithDb(<SyncScreen />, a!.db);
    const conflicts = await screen.findByTestId('sync-conflicts');
    await within(conflicts).findByText('auf zwei PCs geändert');
    expect(within(conflicts).getByText('Person · Sven Krüger — Telefon:', { exact: false })).toBeInTheDocument();
    expect(within(conflicts).getByText('0371 488-0')).toBeInTheDocument();
    expect(within(conflicts).getByText('0375 4402-0')).toBeInTheDocument();
    expect(within(conflicts).getByText(/^Geschäftsstelle Chemnitz, /)).toBeInTheDocument();
    await userEvent.click(within(conflicts).getByRole('button', { name: 'Diesen Wert übernehmen' }));
    await within(conflicts).findByText('Keine Konflikte.');
    await waitFor(async () => expect((await a!.db.domain('persons').get(testId(1)))?.phone).toBe('0375 4402-0'));
  });
});
