import { afterEach, describe, expect, it } from 'vitest';
import { ipcContract, ipcChannels, type IpcChannel } from '../../../../shared/ipc/contract';
import { createSyncHandlers } from '../../../../electron/ipc/handlers/syncHandlers';
import { memorySyncRootStore } from '../../../../electron/services/syncFolder/syncRootStore';
import { createElectronSyncFolderAccess } from '../../../../renderer/platform/electronSyncFolder';
import type { KonventPreloadApi } from '../../../../renderer/platform/electronBridge';
import { convergedState, fastFolder, makeSyncDir, personRow, SimulatedPc, syncAll, testId } from '../sync/support/simulatedPc';

/**
 * The desktop path without Electron: the renderer's folder adapter talks to the real handlers
 * through a stand-in for the preload that parses every request and response with the contract,
 * as the IPC wrapper does. A PC on that path and a PC on the plain Node folder converge.
 */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

function preloadFor(chosen: string): KonventPreloadApi {
  const handlers = createSyncHandlers({ roots: memorySyncRootStore(), showFolderDialog: async () => chosen }) as Record<string, (request: unknown) => Promise<unknown>>;
  const api: Record<string, unknown> = {};
  for (const channel of ipcChannels.filter((c) => c.startsWith('sync:'))) {
    api[channel] = async (request: unknown) => {
      const parsed = ipcContract[channel as IpcChannel].request.safeParse(request);
      if (!parsed.success) return { ok: false, error: { code: 'invalid-payload', message: parsed.error.message } };
      return { ok: true, value: ipcContract[channel as IpcChannel].response.parse(await handlers[channel]!(parsed.data)) };
    };
  }
  return api as KonventPreloadApi;
}

describe('sync folder in the desktop app (renderer adapter → contract → handlers → Node fs)', () => {
  it('a PC on the IPC path and a PC on the Node folder converge', async () => {
    const setup = makeSyncDir();
    cleanup = setup.cleanup;
    const access = createElectronSyncFolderAccess(preloadFor(setup.dir));
    const ref = await access.choose('Synchronisationsordner wählen');
    expect(ref).toEqual({ kind: 'electron', label: setup.dir });
    expect(await access.permission(ref!, false)).toBe('granted');

    const desktop = new SimulatedPc('Zwickau', access.open(ref!));
    const other = new SimulatedPc('Chemnitz', fastFolder(setup.dir));
    await desktop.db.domain('persons').put(personRow(testId(1)));
    await desktop.join();
    await other.join();
    await syncAll([desktop, other]);
    await other.db.domain('persons').update(testId(1), { phone: '0371 1' });
    await desktop.db.domain('persons').update(testId(1), { email: 'ipc@example.org' });
    await syncAll([desktop, other]);
    expect(await convergedState(desktop.db)).toEqual(await convergedState(other.db));
    expect(await desktop.db.domain('persons').get(testId(1))).toMatchObject({ phone: '0371 1', email: 'ipc@example.org' });

    // Errors keep their meaning across the bridge: a missing folder pauses, it does not fail.
    const { renameSync } = await import('node:fs');
    renameSync(setup.dir, `${setup.dir}-weg`);
    await expect(desktop.engine.sync()).resolves.toEqual({ kind: 'paused', reason: 'folderMissing' });
    renameSync(`${setup.dir}-weg`, setup.dir);
    await expect(desktop.engine.sync()).resolves.toMatchObject({ kind: 'synced' });

    await access.forget(ref!);
    expect(await access.permission(ref!, false)).toBe('denied');
  });
});
