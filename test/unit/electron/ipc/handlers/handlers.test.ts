import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { ipcContract, ipcChannels, type IpcChannel, type IpcRequest } from '../../../../../shared/ipc/contract';
import type { HandlerDeps } from '../../../../../electron/ipc/handlerDeps';
import { createInvokeListener, type ChannelHandler } from '../../../../../electron/ipc/handle';
import { registerHandlerMaps, type HandlerMap } from '../../../../../electron/ipc/handlerMap';
import { allHandlerMaps } from '../../../../../electron/ipc/registerHandlers';
import { setLogSink } from '../../../../../electron/logging/logger';
import { openDesktopSettingsStore } from '../../../../../electron/services/desktopSettingsStore';
import { writeFileAtomic } from '../../../../../electron/services/atomicWrite';
import { PDFDocument, PDFName } from 'pdf-lib';

setLogSink({ info: () => undefined, warn: () => undefined, error: () => undefined });

let base: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'konvent-handlers-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function testDeps(overrides: Partial<HandlerDeps> = {}): Promise<HandlerDeps> {
  const dir = mkdtempSync(path.join(base, 'case-'));
  return {
    appInfo: { name: 'Konvent', version: '0.1.0', platform: 'linux' },
    dialogs: { chooseFolder: vi.fn(async () => null), chooseSavePath: vi.fn(async (name: string) => path.join(dir, name)) },
    files: { writeFileAtomic: vi.fn(writeFileAtomic) },
    pdf: { renderRoute: vi.fn(async () => ({ pdf: await tinyPdf(), metadata: JSON.stringify({ title: 'Niederschrift', author: 'Regionalkonvent Südwestsachsen', language: 'de', archive: false }) })) },
    mail: { draftFolder: path.join(dir, 'E-Mail-Entwuerfe'), openFile: vi.fn(async () => '') },
    settings: await openDesktopSettingsStore(path.join(dir, 'desktop-settings.json')),
    now: () => new Date('2026-03-11T10:15:00'),
    ...overrides,
  };
}

/** A one-page PDF standing in for Chromium's output. */
async function tinyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return pdf.save();
}

/** Calls a channel the way the renderer does: through the checked listener, from our own frame. */
async function call<C extends IpcChannel>(deps: HandlerDeps, channel: C, request: unknown) {
  const map = Object.assign({}, ...allHandlerMaps(deps)) as HandlerMap;
  const schema = ipcContract[channel].request as unknown as z.ZodType<IpcRequest<C>>;
  const listener = createInvokeListener(channel, schema, map[channel] as ChannelHandler<C>);
  return listener({ senderFrame: { url: 'app://konvent/index.html', parent: null } }, request);
}

describe('handler registration', () => {
  it('every channel of the contract has exactly one handler', async () => {
    const registered: string[] = [];
    registerHandlerMaps(allHandlerMaps(await testDeps()), (channel) => registered.push(channel));
    expect(registered.sort()).toEqual([...ipcChannels].sort());
  });
});

describe('handlers in Node with stub dependencies', () => {
  it('app:info answers name, version and platform', async () => {
    expect(await call(await testDeps(), 'app:info', {})).toEqual({ ok: true, value: { name: 'Konvent', version: '0.1.0', platform: 'linux' } });
  });

  it('file:save writes the decoded bytes where the user chose, and nothing when cancelled', async () => {
    const deps = await testDeps();
    const content = Buffer.from('Name;Funktion\nBeier;Stellvertreter\n').toString('base64');
    const result = await call(deps, 'file:save', { suggestedName: 'Mitglieder.csv', content, encoding: 'base64', filters: [] });
    expect(result.ok).toBe(true);
    if (result.ok && result.value) expect(readFileSync(result.value.path, 'utf8')).toContain('Beier;Stellvertreter');

    vi.mocked(deps.dialogs.chooseSavePath).mockResolvedValueOnce(null);
    expect(await call(deps, 'file:save', { suggestedName: 'X.csv', content: 'x', encoding: 'utf8', filters: [] })).toEqual({ ok: true, value: null });

    const writes = vi.mocked(deps.files.writeFileAtomic).mock.calls.length;
    const damaged = await call(deps, 'file:save', { suggestedName: 'X.csv', content: 'nicht base64!', encoding: 'base64', filters: [] });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'handler-failed', message: expect.stringContaining('beschädigt') } });
    expect(vi.mocked(deps.files.writeFileAtomic).mock.calls.length).toBe(writes);
  });

  it('pdf:print renders the route with the shared page spec, then saves where the user chose', async () => {
    const deps = await testDeps();
    const result = await call(deps, 'pdf:print', {
      route: '/print/sample/1',
      suggestedName: 'Niederschrift-2026-03-11.pdf',
    });
    expect(result.ok).toBe(true);
    const [route, spec] = vi.mocked(deps.pdf.renderRoute).mock.calls[0] ?? [];
    expect(route).toBe('/print/sample/1');
    expect(spec).toMatchObject({ format: 'A4', tagged: true, outline: true, printBackground: true, preferCssPageSize: true, displayHeaderFooter: false });
    // The saved PDF is finished with the document's metadata: author, creator "Konvent <version>", language.
    if (result.ok && result.value) {
      const saved = await PDFDocument.load(readFileSync(result.value.path), { updateMetadata: false });
      expect(saved.getAuthor()).toBe('Regionalkonvent Südwestsachsen');
      expect(saved.getCreator()).toBe('Konvent 0.1.0');
      expect(saved.getTitle()).toBe('Niederschrift');
      expect(saved.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(de)');
    }
  });

  it('pdf:print refuses a route that is not a print route before rendering anything', async () => {
    const deps = await testDeps();
    for (const route of ['https://evil.example/', '/settings', '/print/../../etc', 'javascript:alert(1)']) {
      expect(await call(deps, 'pdf:print', { route, suggestedName: 'a.pdf' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(deps.pdf.renderRoute).not.toHaveBeenCalled();
  });

  it('backup folder: choose, remember, write daily files with retention, refuse foreign names', async () => {
    const deps = await testDeps();
    const folder = mkdtempSync(path.join(base, 'backups-'));
    expect(await call(deps, 'backup:folderStatus', {})).toEqual({ ok: true, value: { state: 'none' } });
    const noFolder = await call(deps, 'backup:writeToFolder', { content: 'AAAA', kind: 'daily' });
    expect(noFolder).toMatchObject({ ok: false, error: { message: expect.stringContaining('kein Sicherungsordner') } });

    vi.mocked(deps.dialogs.chooseFolder).mockResolvedValueOnce(folder);
    expect(await call(deps, 'backup:chooseFolder', { title: 'Sicherungsordner' })).toEqual({
      ok: true,
      value: { state: 'ready', folder, latestDaily: null },
    });

    const bytes = Buffer.from([0x1f, 0x8b, 1, 2, 3]).toString('base64');
    let today = new Date('2026-03-01T09:30:00');
    deps.now = () => today;
    for (let day = 1; day <= 16; day += 1) {
      today = new Date(`2026-03-${String(day).padStart(2, '0')}T09:30:00`);
      const result = await call(deps, 'backup:writeToFolder', { content: bytes, kind: 'daily' });
      expect(result.ok).toBe(true);
    }
    today = new Date('2026-03-16T10:15:00');
    const safety = await call(deps, 'backup:writeToFolder', { content: bytes, kind: 'safety' });
    expect(safety.ok).toBe(true);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(15);
    expect(files).not.toContain('Konvent-Sicherung-2026-03-01.konvent');
    expect(files).not.toContain('Konvent-Sicherung-2026-03-02.konvent');
    expect(files).toContain('Konvent-Sicherung-2026-03-16-vor-Wiederherstellung-101500.konvent');
    expect(await call(deps, 'backup:folderStatus', {})).toEqual({ ok: true, value: { state: 'ready', folder, latestDaily: '2026-03-16' } });

    // The renderer cannot name the file at all.
    for (const fileName of ['../x.konvent', 'Konvent-Sicherung-2026-03-11.konvent', 'notes.txt']) {
      expect(await call(deps, 'backup:writeToFolder', { fileName, content: bytes, kind: 'daily' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
  });

  it('a compromised renderer cannot make retention delete a real backup: the main process dates files by its own clock', async () => {
    const deps = await testDeps();
    const folder = mkdtempSync(path.join(base, 'backups-'));
    vi.mocked(deps.dialogs.chooseFolder).mockResolvedValueOnce(folder);
    await call(deps, 'backup:chooseFolder', { title: 'Sicherungsordner' });
    // The real history: today (2026-03-11) and the 13 days before, and the last day of 11 earlier months.
    const real = [
      ...Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 2, 11 - i)).toISOString().slice(0, 10)),
      ...['2026-02-28', '2026-01-31', '2025-12-31', '2025-11-30', '2025-10-31', '2025-09-30', '2025-08-31', '2025-07-31', '2025-06-30', '2025-05-31', '2025-04-30'],
    ].map((date) => `Konvent-Sicherung-${date}.konvent`);
    const { writeFileSync } = await import('node:fs');
    expect(real).toContain('Konvent-Sicherung-2026-02-26.konvent');
    for (const name of new Set(real)) writeFileSync(path.join(folder, name), `echte Sicherung ${name}`);
    // Files another PC with a clock years ahead left behind are no reason to delete anything either.
    writeFileSync(path.join(folder, 'Konvent-Sicherung-2031-01-01.konvent'), 'falsche Uhr');
    const before = readdirSync(folder).sort();

    const bytes = Buffer.from('kaputt').toString('base64');
    for (let i = 0; i < 26; i += 1) {
      const future = `Konvent-Sicherung-${2027 + i}-01-01.konvent`;
      // With a file name of its choosing the call is refused …
      expect(await call(deps, 'backup:writeToFolder', { fileName: future, content: bytes, kind: 'daily' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      // … and without one, the main process writes today's daily file, which exists: nothing changes.
      expect(await call(deps, 'backup:writeToFolder', { content: bytes, kind: 'daily' })).toMatchObject({ ok: true, value: { removed: [] } });
    }
    expect(readdirSync(folder).sort()).toEqual(before);
    for (const name of new Set(real)) expect(readFileSync(path.join(folder, name), 'utf8')).toBe(`echte Sicherung ${name}`);
    // A future date does not count as "the latest daily backup" (it would stop the daily backups).
    expect(await call(deps, 'backup:folderStatus', {})).toEqual({ ok: true, value: { state: 'ready', folder, latestDaily: '2026-03-11' } });
  });

  it('a remembered backup folder that disappeared is reported as unavailable, and nothing is written', async () => {
    const dir = mkdtempSync(path.join(base, 'gone-'));
    const settingsFile = path.join(dir, 'desktop-settings.json');
    const folder = path.join(dir, 'Sicherungen');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    const first = await openDesktopSettingsStore(settingsFile);
    await first.setFolder('backupFolder', folder);
    rmSync(folder, { recursive: true });
    const problems: string[] = [];
    const deps = await testDeps({ settings: await openDesktopSettingsStore(settingsFile, (p) => problems.push(p)) });
    expect(problems.join(' ')).toContain('backupFolder');
    expect(await call(deps, 'backup:folderStatus', {})).toEqual({ ok: true, value: { state: 'unavailable', folder } });
    const result = await call(deps, 'backup:writeToFolder', { content: 'AAAA', kind: 'daily' });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('nicht erreichbar') } });
  });
});
