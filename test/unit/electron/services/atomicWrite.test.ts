import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withRetry, writeFileAtomic } from '../../../../electron/services/atomicWrite';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'konvent-atomic-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file completely and leaves no temp file behind', async () => {
    const target = path.join(folder, 'a.txt');
    await writeFileAtomic(target, new TextEncoder().encode('erste Fassung'));
    await writeFileAtomic(target, new TextEncoder().encode('zweite'));
    expect(readFileSync(target, 'utf8')).toBe('zweite');
    expect(readdirSync(folder)).toEqual(['a.txt']);
  });
  it('removes its temp file when the target cannot be written', async () => {
    const target = path.join(folder, 'sub');
    await writeFileAtomic(path.join(folder, 'sub-file'), new Uint8Array([1]));
    await expect(writeFileAtomic(path.join(target, 'missing-dir', 'x'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('retries locked files (EBUSY) and gives up on other errors at once', async () => {
    let calls = 0;
    const busyTwice = async () => {
      calls += 1;
      if (calls < 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return 'ok';
    };
    expect(await withRetry(busyTwice, 5, 1)).toBe('ok');
    expect(calls).toBe(3);
    let other = 0;
    await expect(
      withRetry(async () => {
        other += 1;
        throw Object.assign(new Error('nope'), { code: 'ENOSPC' });
      }, 5, 1),
    ).rejects.toThrow('nope');
    expect(other).toBe(1);
  });
});
