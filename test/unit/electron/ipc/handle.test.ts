import { describe, expect, it, vi } from 'vitest';
import { ipcMain } from 'electron';
import { ipcContract } from '../../../../shared/ipc/contract';
import { createInvokeListener, handle } from '../../../../electron/ipc/handle';
import { UserFacingError } from '../../../../electron/ipc/userFacingError';
import { registerHandlerMaps } from '../../../../electron/ipc/handlerMap';
import { setLogSink } from '../../../../electron/logging/logger';

setLogSink({ info: () => undefined, warn: () => undefined, error: () => undefined });

const ourFrame = { url: 'app://konvent/index.html#/settings', parent: null };
const validSave = { suggestedName: 'Liste.csv', content: 'a;b', encoding: 'utf8', filters: [] };

describe('handle(channel, schema, fn)', () => {
  it('refuses a sender that is not our app:// top frame, without calling the handler', async () => {
    const fn = vi.fn(async () => ({ path: '/tmp/x' }));
    const listener = createInvokeListener('file:save', ipcContract['file:save'].request, fn);
    const strangers = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/index.html', parent: null } },
      { senderFrame: { url: 'app://other/index.html', parent: null } },
      { senderFrame: { url: 'app://konvent/index.html', parent: { url: 'app://konvent/' } } },
      { senderFrame: null },
    ];
    for (const event of strangers) {
      expect(await listener(event, validSave)).toEqual({ ok: false, error: { code: 'invalid-sender', message: expect.any(String) } });
    }
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload with a typed error naming the field, without calling the handler', async () => {
    const fn = vi.fn(async () => ({ path: '/tmp/x' }));
    const listener = createInvokeListener('file:save', ipcContract['file:save'].request, fn);
    const bad = [
      undefined,
      'Liste.csv',
      { ...validSave, suggestedName: '../../etc/passwd' },
      { ...validSave, encoding: 'latin1' },
      { ...validSave, extra: true },
    ];
    for (const payload of bad) {
      const result = await listener({ senderFrame: ourFrame }, payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    }
    const result = await listener({ senderFrame: ourFrame }, { ...validSave, suggestedName: 'a/b.csv' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining('suggestedName') } });
    expect(fn).not.toHaveBeenCalled();
  });

  it('passes the parsed request to the handler and returns its checked answer', async () => {
    const fn = vi.fn(async () => ({ path: '/tmp/Liste.csv' }));
    const listener = createInvokeListener('file:save', ipcContract['file:save'].request, fn);
    expect(await listener({ senderFrame: ourFrame }, validSave)).toEqual({ ok: true, value: { path: '/tmp/Liste.csv' } });
    expect(fn).toHaveBeenCalledWith(validSave);
  });

  it('never throws across the bridge: handler errors and wrong answers become typed errors', async () => {
    const frame = { senderFrame: ourFrame };
    const crashing = createInvokeListener('app:info', ipcContract['app:info'].request, async () => {
      throw new Error('EACCES /home/anna/geheim');
    });
    const crashed = await crashing(frame, {});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    if (!crashed.ok) expect(crashed.error.message).not.toContain('anna');

    const explained = createInvokeListener('app:info', ipcContract['app:info'].request, async () => {
      throw new UserFacingError('Der Ordner ist nicht beschreibbar.');
    });
    expect(await explained(frame, {})).toEqual({ ok: false, error: { code: 'handler-failed', message: 'Der Ordner ist nicht beschreibbar.' } });

    const wrongAnswer = createInvokeListener('app:info', ipcContract['app:info'].request, async () => ({ name: 1 }) as never);
    expect(await wrongAnswer(frame, {})).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
  });

  it('registers with ipcMain so that the real invoke path goes through the checks', async () => {
    const fn = vi.fn(async () => ({ name: 'Konvent', version: '1', platform: 'linux' }));
    handle('app:info', ipcContract['app:info'].request, fn);
    const listener = (ipcMain as unknown as { handlers: Map<string, (e: unknown, p: unknown) => Promise<unknown>> }).handlers.get('app:info');
    expect(await listener?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({ ok: false });
    expect(await listener?.({ senderFrame: ourFrame }, {})).toEqual({ ok: true, value: { name: 'Konvent', version: '1', platform: 'linux' } });
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('registerHandlerMaps', () => {
  const handler = async () => ({ name: 'Konvent', version: '1', platform: 'linux' });
  it('refuses a channel handled twice and a contract channel without handler', () => {
    expect(() => registerHandlerMaps([{ 'app:info': handler }, { 'app:info': handler }], () => undefined)).toThrow(/zwei Handler/);
    expect(() => registerHandlerMaps([{ 'app:info': handler }], () => undefined)).toThrow(/ohne Handler/);
  });

  it('an error answer carries no absolute path, whatever a handler put into its message', async () => {
    const listener = createInvokeListener('file:save', ipcContract['file:save'].request, async () => {
      throw new UserFacingError("Die Datei „/home/anna.mueller/Dokumente/Liste.csv“ ist gesperrt (C:\\Users\\AMueller\\Liste.csv, \\\\server\\share\\x).");
    });
    const answer = await listener({ senderFrame: ourFrame }, validSave);
    expect(answer).toEqual({ ok: false, error: { code: 'handler-failed', message: 'Die Datei „…“ ist gesperrt (…, …).' } });
  });
});
