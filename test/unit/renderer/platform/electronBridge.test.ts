import { describe, expect, it, vi } from 'vitest';
import { createElectronBridge, BridgeError, type KonventPreloadApi } from '../../../../renderer/platform/electronBridge';

function fakeApi(overrides: Partial<KonventPreloadApi> = {}): KonventPreloadApi {
  const ok = (value: unknown) => vi.fn(async () => ({ ok: true as const, value })) as never;
  return {
    'app:info': ok({ name: 'Konvent', version: '0.1.0', platform: 'win32' }),
    'file:save': ok({ path: 'C:\\Users\\x\\Liste.csv' }),
    'pdf:print': ok(null),
    'mail:openDraft': ok({ opened: true }),
    'backup:folderStatus': ok({ state: 'none' }),
    'backup:chooseFolder': ok(null),
    'backup:writeToFolder': ok({ path: 'S:\\Sicherungen\\Konvent-Sicherung-2026-03-11.konvent', removed: [] }),
    'sync:chooseFolder': ok(null),
    'sync:currentFolder': ok(null),
    'sync:forgetFolder': ok(null),
    'sync:list': ok({ ok: true, entries: [] }),
    'sync:read': ok({ ok: true, content: '' }),
    'sync:write': ok({ ok: true }),
    'sync:rename': ok({ ok: true }),
    'sync:removeTemp': ok({ ok: true }),
    ...overrides,
  };
}

describe('Electron bridge (renderer side of window.konvent)', () => {
  it('sends backup bytes as base64 with their kind (the main process names the file), and returns where they went', async () => {
    const api = fakeApi();
    const bridge = createElectronBridge(api);
    const bytes = new Uint8Array([0x1f, 0x8b, 0, 255, 10]);
    expect(await bridge.backupFolder.write('Konvent-Sicherung-2026-03-11.konvent', bytes, 'daily')).toEqual({
      savedAs: 'S:\\Sicherungen\\Konvent-Sicherung-2026-03-11.konvent',
      removed: [],
    });
    expect(api['backup:writeToFolder']).toHaveBeenCalledWith({ content: Buffer.from(bytes).toString('base64'), kind: 'daily' });
  });

  it('turns a typed error from the main process into a BridgeError with its German message', async () => {
    const api = fakeApi({
      'backup:folderStatus': vi.fn(async () => ({ ok: false as const, error: { code: 'handler-failed' as const, message: 'Der Sicherungsordner ist nicht erreichbar.' } })),
    });
    await expect(createElectronBridge(api).backupFolder.status()).rejects.toThrow(new BridgeError('Der Sicherungsordner ist nicht erreichbar.'));
  });

  it('refuses an answer that does not match the contract', async () => {
    const api = fakeApi({ 'app:info': vi.fn(async () => ({ ok: true as const, value: { name: 1 } })) as never });
    await expect(createElectronBridge(api).appInfo()).rejects.toThrow();
  });
});
