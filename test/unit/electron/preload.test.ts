import { describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels } from '../../../shared/ipc/contract';

describe('preload', () => {
  it('exposes a frozen window.konvent with one function per contract channel, and no ipcRenderer', async () => {
    const invoke = vi.spyOn(ipcRenderer, 'invoke').mockResolvedValue({ ok: true, value: null } as never);
    await import('../../../electron/preload');
    const api = (contextBridge as unknown as { exposed: Record<string, Record<string, unknown>> }).exposed.konvent;
    expect(api).toBeDefined();
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api ?? {}).sort()).toEqual([...ipcChannels].sort());
    for (const value of Object.values(api ?? {})) expect(typeof value).toBe('function');
    expect(Object.values(api ?? {})).not.toContain(ipcRenderer);

    await (api?.['app:info'] as (r: unknown) => Promise<unknown>)({});
    expect(invoke).toHaveBeenCalledWith('app:info', {});
  });
});
