import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createNodeSyncFolder, toFolderError } from '../../../../../electron/services/syncFolder/nodeSyncFolder';
import { retryBusy } from '../../../../../electron/services/syncFolder/retryBusy';
import { syncRootFromSettings } from '../../../../../electron/services/syncFolder/syncRootFromSettings';
import { openDesktopSettingsStore } from '../../../../../electron/services/desktopSettingsStore';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempRoot = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'konvent-fs-'));
  made.push(dir);
  return dir;
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('Node sync folder', () => {
  it('writes through a temp file into place, creates sub-folders, and leaves no temp file behind', async () => {
    const root = tempRoot();
    const folder = createNodeSyncFolder({ root });
    await folder.writeAtomically('devices/0123456789abcdef/log/0000000001-0000000001.jsonl', bytes('inhalt\n'), 'devices/0123456789abcdef/tmp');
    expect(new TextDecoder().decode((await folder.read('devices/0123456789abcdef/log/0000000001-0000000001.jsonl'))!)).toBe('inhalt\n');
    expect(readdirSync(path.join(root, 'devices/0123456789abcdef/tmp'))).toEqual([]);
    expect(await folder.read('devices/0123456789abcdef/log/fehlt.jsonl')).toBeNull();
    expect(await folder.list('devices/0123456789abcdef/gibtsnicht')).toBeNull();
  });

  it('never creates the chosen folder itself: a missing folder is an error, not a new empty one', async () => {
    const root = path.join(tempRoot(), 'USB-Stick');
    const folder = createNodeSyncFolder({ root });
    expect(await folder.list('')).toBeNull();
    await expect(folder.writeAtomically('konvent-sync.json', bytes('{}'), 'devices/0123456789abcdef/tmp')).rejects.toMatchObject({ code: 'missing' });
    expect(existsSync(root)).toBe(false);
  });

  it('retries EBUSY and EPERM with growing pauses, then gives up', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const busyTwice = () => {
      calls += 1;
      if (calls <= 2) return Promise.reject(Object.assign(new Error('busy'), { code: calls === 1 ? 'EBUSY' : 'EPERM' }));
      return Promise.resolve('geschafft');
    };
    const options = { attempts: 4, firstBackoffMs: 50, sleep: async (ms: number) => void pauses.push(ms) };
    await expect(retryBusy(busyTwice, options)).resolves.toBe('geschafft');
    expect(pauses).toEqual([50, 100]);
    const alwaysBusy = () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }));
    await expect(retryBusy(alwaysBusy, options)).rejects.toMatchObject({ code: 'EBUSY' });
    const notFound = () => Promise.reject(Object.assign(new Error('weg'), { code: 'ENOENT' }));
    pauses.length = 0;
    await expect(retryBusy(notFound, options)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(pauses).toEqual([]);
  });

  it('names the failure: read-only, busy, missing', () => {
    expect(toFolderError(Object.assign(new Error(), { code: 'EROFS' }), 'x').code).toBe('readOnly');
    expect(toFolderError(Object.assign(new Error(), { code: 'EACCES' }), 'x').code).toBe('readOnly');
    expect(toFolderError(Object.assign(new Error(), { code: 'EBUSY' }), 'x').code).toBe('busy');
    expect(toFolderError(Object.assign(new Error(), { code: 'ENOENT' }), 'x').code).toBe('missing');
  });

  it('remembers the chosen folder across restarts', async () => {
    const file = path.join(tempRoot(), 'desktop-settings.json');
    const rootsAfterRestart = async () => syncRootFromSettings(await openDesktopSettingsStore(file));
    await (await rootsAfterRestart()).set('/srv/Konvent');
    expect(await (await rootsAfterRestart()).get()).toBe('/srv/Konvent');
    await (await rootsAfterRestart()).set(null);
    expect(await (await rootsAfterRestart()).get()).toBeNull();
  });
});
