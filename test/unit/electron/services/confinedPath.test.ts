import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileInsideFolder, PathEscapeError } from '../../../../electron/services/confinedPath';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'konvent-confined-'));
  writeFileSync(path.join(folder, 'outside.txt'), 'x');
  symlinkSync('/etc/hostname', path.join(folder, 'link.konvent'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('fileInsideFolder', () => {
  it('accepts a plain file name and returns its path inside the folder', async () => {
    expect(await fileInsideFolder(folder, 'Konvent-Sicherung-2026-03-11.konvent')).toBe(path.join(folder, 'Konvent-Sicherung-2026-03-11.konvent'));
  });
  it('refuses separators, "..", absolute paths and symbolic links', async () => {
    for (const name of ['../x', '..', '.', 'a/b', 'a\\b', '/etc/passwd', 'C:\\Windows\\x', '', 'x\0y', 'link.konvent']) {
      await expect(fileInsideFolder(folder, name), name).rejects.toBeInstanceOf(PathEscapeError);
    }
  });
});
