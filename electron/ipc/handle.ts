import { ipcMain } from 'electron';
import type { z } from 'zod';
import { ipcContract, type IpcChannel, type IpcError, type IpcRequest, type IpcResponse, type IpcResult } from '../../shared/ipc/contract';
import { logger } from '../logging/logger';
import { isTrustedSender, type InvokeEventLike } from './senderCheck';
import { UserFacingError } from './userFacingError';
import { withoutAbsolutePaths } from '../services/redactPaths';

export type ChannelHandler<C extends IpcChannel> = (request: IpcRequest<C>) => Promise<IpcResponse<C>>;

const GENERAL_FAILURE = 'Der Vorgang ist fehlgeschlagen. Einzelheiten stehen in der Protokolldatei (Hilfe → Protokollordner öffnen).';

/**
 * The listener behind one channel: check the sender, parse the payload with the contract's
 * schema, run the handler, check its answer, and return an IpcResult. It never throws, so the
 * renderer always gets a typed answer and a bad call never reaches a handler.
 */
export function createInvokeListener<C extends IpcChannel>(
  channel: C,
  schema: z.ZodType<IpcRequest<C>>,
  fn: ChannelHandler<C>,
): (event: InvokeEventLike, payload: unknown) => Promise<IpcResult<IpcResponse<C>>> {
  // No error answer names an absolute path (it would tell the page where the user's files are).
  const failure = (code: IpcError['code'], message: string): IpcResult<IpcResponse<C>> => ({ ok: false, error: { code, message: withoutAbsolutePaths(message) } });
  return async (event, payload) => {
    try {
      if (!isTrustedSender(event)) {
        logger.warn(`IPC ${channel}: Aufruf von fremdem Absender abgewiesen`);
        return failure('invalid-sender', 'Dieser Aufruf kommt nicht von Konvent und wurde abgewiesen.');
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((i) => i.path.join('.') || '(Anfrage)').join(', ');
        logger.warn(`IPC ${channel}: ungültige Anfrage (${fields})`);
        return failure('invalid-payload', `Ungültige Anfrage an ${channel}: ${fields}.`);
      }
      const value = await fn(parsed.data);
      const checked = ipcContract[channel].response.safeParse(value);
      if (!checked.success) {
        logger.error(`IPC ${channel}: Antwort passt nicht zum Vertrag`, checked.error.issues);
        return failure('handler-failed', GENERAL_FAILURE);
      }
      return { ok: true, value: checked.data as IpcResponse<C> };
    } catch (error) {
      if (error instanceof UserFacingError) {
        logger.warn(`IPC ${channel}: ${error.message}`);
        return failure('handler-failed', error.message);
      }
      logger.error(`IPC ${channel}: Handler fehlgeschlagen`, error);
      return failure('handler-failed', GENERAL_FAILURE);
    }
  };
}

/** Registers one channel with ipcMain (the only place main touches ipcMain). */
export function handle<C extends IpcChannel>(channel: C, schema: z.ZodType<IpcRequest<C>>, fn: ChannelHandler<C>): void {
  ipcMain.handle(channel, createInvokeListener(channel, schema, fn));
}
