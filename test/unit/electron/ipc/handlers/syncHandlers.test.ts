import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ipcContract } from '../../../../../shared/ipc/contract';
import { createSyncHandlers } from '../../../../../electron/ipc/handlers/syncHandlers';
import { memorySyncRootStore } from '../../../../../electron/services/syncFolder/syncRootStore';

/** Must-prove 10: the IPC file channels reject paths outside the folder ('..', absolute, symlink escape) with an error. */
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folders() {
  const base = mkdtempSync(path.join(tmpdir(), 'konvent-ipc-'));
  made.push(base);
  const root = path.join(base, 'Sync');
  const outside = path.join(base, 'Geheim');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'passwort.txt'), 'geheim');
  return { root, outside };
}

const escapes = ['../Geheim/passwort.txt', '/etc/passwd', 'devices/../../Geheim/passwort.txt', 'C:\\Windows\\win.ini', '..', './konvent-sync.json', 'a//b'];

describe('sync IPC channels', () => {
  it('the contract rejects paths that are not plain relative paths inside the folder', () => {
    for (const bad of escapes) {
      expect(ipcContract['sync:read'].request.safeParse({ path: bad }).success, bad).toBe(false);
      expect(ipcContract['sync:write'].request.safeParse({ path: bad, tempDir: 'devices/0123456789abcdef/tmp', base64: '' }).success, bad).toBe(false);
      expect(ipcContract['sync:list'].request.safeParse({ dir: bad }).success, bad).toBe(false);
    }
    expect(ipcContract['sync:read'].request.safeParse({ path: 'devices/0123456789abcdef/head.json' }).success).toBe(true);
    expect(ipcContract['sync:list'].request.safeParse({ dir: '' }).success).toBe(true);
  });

  it('the handlers themselves reject "..", absolute paths and symlinks that leave the folder, with an error', async () => {
    const { root, outside } = folders();
    const handlers = createSyncHandlers({ roots: memorySyncRootStore(root), showFolderDialog: async () => null });
    for (const bad of escapes) {
      await expect(handlers['sync:read']({ path: bad }), bad).resolves.toMatchObject({ ok: false, code: 'outside' });
      await expect(handlers['sync:write']({ path: bad, tempDir: 'devices/0123456789abcdef/tmp', base64: 'eA==' }), bad).resolves.toMatchObject({ ok: false, code: 'outside' });
    }
    symlinkSync(outside, path.join(root, 'devices'));
    await expect(handlers['sync:read']({ path: 'devices/passwort.txt' })).resolves.toMatchObject({ ok: false, code: 'outside' });
    await expect(handlers['sync:list']({ dir: 'devices' })).resolves.toMatchObject({ ok: false, code: 'outside' });
    await expect(handlers['sync:write']({ path: 'devices/neu.json', tempDir: 'tmp', base64: 'eA==' })).resolves.toMatchObject({ ok: false, code: 'outside' });
    expect(existsSync(path.join(outside, 'neu.json'))).toBe(false);
    symlinkSync(path.join(outside, 'passwort.txt'), path.join(root, 'head.json'));
    await expect(handlers['sync:read']({ path: 'head.json' })).resolves.toMatchObject({ ok: false, code: 'outside' });
    await expect(handlers['sync:rename']({ from: 'head.json', to: 'x.json' })).resolves.toMatchObject({ ok: false, code: 'outside' });
    // Only this PC's temp files can be deleted, nothing else.
    writeFileSync(path.join(root, 'konvent-sync.json'), '{}');
    await expect(handlers['sync:removeTemp']({ path: 'konvent-sync.json' })).resolves.toMatchObject({ ok: false, code: 'outside' });
    expect(existsSync(path.join(root, 'konvent-sync.json'))).toBe(true);
  });

  it('work inside the folder chosen in the dialog, and only there', async () => {
    const { root } = folders();
    const roots = memorySyncRootStore();
    const handlers = createSyncHandlers({ roots, showFolderDialog: async () => root });
    await expect(handlers['sync:read']({ path: 'konvent-sync.json' })).resolves.toMatchObject({ ok: false, code: 'missing' });
    await expect(handlers['sync:chooseFolder']({ title: 'Ordner wählen' })).resolves.toEqual({ folder: root });
    await expect(handlers['sync:currentFolder']({})).resolves.toEqual({ folder: root });
    const base64 = Buffer.from('{"hallo":"Zwickau"}\n').toString('base64');
    await expect(handlers['sync:write']({ path: 'devices/0123456789abcdef/head.json', tempDir: 'devices/0123456789abcdef/tmp', base64 })).resolves.toEqual({ ok: true });
    await expect(handlers['sync:read']({ path: 'devices/0123456789abcdef/head.json' })).resolves.toEqual({ ok: true, base64 });
    await expect(handlers['sync:list']({ dir: 'devices/0123456789abcdef/tmp' })).resolves.toEqual({ ok: true, entries: [] });
    await expect(handlers['sync:list']({ dir: 'gibtsnicht' })).resolves.toEqual({ ok: true, entries: null });
    await handlers['sync:forgetFolder']({});
    await expect(handlers['sync:read']({ path: 'devices/0123456789abcdef/head.json' })).resolves.toMatchObject({ ok: false, code: 'missing' });
  });

  it('a cancelled dialog leaves the chosen folder as it was', async () => {
    const { root } = folders();
    const roots = memorySyncRootStore(root);
    const handlers = createSyncHandlers({ roots, showFolderDialog: async () => null });
    await expect(handlers['sync:chooseFolder']({ title: 'Ordner wählen' })).resolves.toBeNull();
    expect(await roots.get()).toBe(root);
  });

  it('error answers name no absolute path (the folder tells who the user is)', async () => {
    const { root } = folders();
    const handlers = createSyncHandlers({ roots: memorySyncRootStore(root), showFolderDialog: async () => null });
    // A folder where a file should go: the rename fails with a Node message that names both paths.
    mkdirSync(path.join(root, 'devices', 'head.json', 'inhalt'), { recursive: true });
    const answer = await handlers['sync:write']({ path: 'devices/head.json', tempDir: 'devices/tmp', base64: 'eA==' });
    expect(answer).toMatchObject({ ok: false });
    if (!answer.ok) {
      expect(answer.message).not.toContain(root);
      expect(answer.message).not.toMatch(/\/(tmp|home|Users)\//);
      expect(answer.message).toMatch(/^Datei schreiben: /);
    }
    const failing = createSyncHandlers({
      roots: memorySyncRootStore(root),
      showFolderDialog: async () => null,
      openFolder: () => {
        throw new Error(`EACCES: permission denied, open 'C:\\Users\\AMueller\\Nextcloud\\Konvent\\x.json' and '${root}/y'`);
      },
    });
    const denied = await failing['sync:read']({ path: 'x.json' });
    expect(denied).toEqual({ ok: false, code: 'io', message: "EACCES: permission denied, open '…' and '…'" });
  });
});
