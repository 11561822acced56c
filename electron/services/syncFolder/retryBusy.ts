/**
 * Windows virus scanners, indexers and cloud clients hold freshly written files open for a
 * moment; the same operation a little later succeeds. These error codes are retried with growing
 * pauses (50, 100, 200 … ms) before the error is passed on.
 */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN', 'EMFILE', 'ENFILE']);

export interface RetryOptions {
  attempts: number;
  firstBackoffMs: number;
  sleep: (ms: number) => Promise<void>;
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export async function retryBusy<T>(action: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= options.attempts || !code || !RETRYABLE_CODES.has(code)) throw error;
      await options.sleep(options.firstBackoffMs * 2 ** (attempt - 1));
    }
  }
}
