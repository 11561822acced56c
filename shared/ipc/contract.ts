import { z } from 'zod';

/**
 * The one bridge contract between renderer and main process. Channel names are `domain:verb`.
 * Every request is parsed with its schema in the main process before a handler runs; every
 * response is parsed in the renderer. Add a channel here, then its handler in electron/ipc/handlers
 * and its function in electron/preload.ts.
 */
export const ipcContract = {
  'app:info': {
    request: z.object({}).strict(),
    response: z.object({ name: z.string(), version: z.string(), platform: z.string() }),
  },
  'dialog:chooseFolder': {
    request: z.object({ title: z.string().max(200) }).strict(),
    /** null when the user cancelled. */
    response: z.object({ folder: z.string() }).nullable(),
  },
  'file:save': {
    request: z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^\\/:*?"<>|]+$/, 'Dateiname ohne Pfad'),
        /** Text or base64 bytes. */
        content: z.string().max(200 * 1024 * 1024),
        encoding: z.enum(['utf8', 'base64']),
        filters: z.array(z.object({ name: z.string().max(100), extensions: z.array(z.string().max(10)).max(10) })).max(10),
      })
      .strict(),
    /** null when the user cancelled; otherwise where it was written. */
    response: z.object({ path: z.string() }).nullable(),
  },
  'pdf:print': {
    request: z
      .object({
        /** A print route of the renderer, e.g. "/print/minutes/01J…" (never a URL). */
        route: z.string().regex(/^\/print\/[A-Za-z0-9/_-]+(\?[A-Za-z0-9=&_-]*)?$/, 'Druckroute'),
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^\\/:*?"<>|]+\.pdf$/, 'Dateiname ohne Pfad, endet auf .pdf'),
        footerLeft: z.string().max(300),
        footerRight: z.string().max(300).optional(),
      })
      .strict(),
    /** null when the user cancelled the save dialog. */
    response: z.object({ path: z.string() }).nullable(),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<IpcContract[C]['response']>;

/** What crosses the bridge: a result or a typed error, never an exception. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
export const ipcErrorCodes = ['invalid-sender', 'invalid-payload', 'handler-failed', 'unknown-channel'] as const;
export interface IpcError {
  code: (typeof ipcErrorCodes)[number];
  message: string;
}

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];
