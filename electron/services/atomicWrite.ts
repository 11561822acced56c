import { open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const RETRYABLE = new Set(['EBUSY', 'EPERM', 'EACCES']);

/**
 * Writes a file so that readers see either the old or the complete new content: a temp file
 * beside the target, flushed to disk, then renamed into place. Virus scanners and sync clients
 * on Windows briefly lock files, so the rename is retried with backoff (DESIGN.md §4).
 */
export async function writeFileAtomic(target: string, data: Uint8Array, options: { retries?: number; delayMs?: number } = {}): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await withRetry(() => rename(temp, target), options.retries ?? 6, options.delayMs ?? 50);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function withRetry<T>(action: () => Promise<T>, retries: number, delayMs: number): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= retries || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));
    }
  }
}
