import { z } from 'zod';
import { backupFolderStatusSchema } from '../backup/backupFolder';
import { isSafeRelativeDir, isSafeRelativePath } from '../sync/folderLayout';
import { syncFolderErrorCodes } from '../sync/syncFolder';
import { draftNameSchema, mailDraftPayloadSchema } from '../mail/mailDraftSchema';

/** Sync folder channels: paths relative to the folder chosen in the main process, never absolute. */
const syncPath = z.string().max(400).refine(isSafeRelativePath, 'Pfad im Synchronisationsordner');
const syncDir = z.string().max(400).refine(isSafeRelativeDir, 'Ordner im Synchronisationsordner');
/** File errors travel as data, so the renderer can tell "missing" from "read-only". */
const syncFailure = z.object({ ok: z.literal(false), code: z.enum(syncFolderErrorCodes), message: z.string() });
const syncDone = z.union([z.object({ ok: z.literal(true) }), syncFailure]);

/**
 * The one bridge contract between renderer and main process. Channel names are `domain:verb`.
 * Every request is parsed with its schema in the main process before a handler runs; every
 * response is parsed in the renderer. Add a channel here and its handler in electron/ipc/handlers
 * (registered in electron/ipc/registerHandlers.ts); the preload exposes every channel of this map.
 */
export const ipcContract = {
  'app:info': {
    request: z.object({}).strict(),
    response: z.object({ name: z.string(), version: z.string(), platform: z.string() }),
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
      })
      .strict(),
    /** null when the user cancelled the save dialog. */
    response: z.object({ path: z.string() }).nullable(),
  },
  'mail:openDraft': {
    request: z
      .object({
        /** The draft file's name in the app's own draft folder (".eml" is added); never a path. */
        draftName: draftNameSchema,
        draft: mailDraftPayloadSchema,
        /** A print route rendered to PDF in the main process and attached first; null: none. */
        pdf: z
          .object({
            route: z.string().regex(/^\/print\/[A-Za-z0-9/_-]+(\?[A-Za-z0-9=&_-]*)?$/, 'Druckroute'),
            fileName: z.string().min(1).max(200).regex(/^[^\\/:*?"<>|]+\.pdf$/, 'Dateiname ohne Pfad, endet auf .pdf'),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    /** The draft was written into the app's draft folder and handed to the mail program. */
    response: z.object({ opened: z.literal(true) }),
  },
  'backup:folderStatus': {
    request: z.object({}).strict(),
    response: backupFolderStatusSchema,
  },
  'backup:chooseFolder': {
    request: z.object({ title: z.string().max(200) }).strict(),
    /** null when the user cancelled. */
    response: backupFolderStatusSchema.nullable(),
  },
  'backup:writeToFolder': {
    request: z
      .object({
        /** The backup file's bytes, base64. The main process names the file by its own clock. */
        content: z.string().max(400 * 1024 * 1024),
        /** Daily files take part in retention (14 days, 12 months); safety backups never do. */
        kind: z.enum(['daily', 'safety']),
      })
      .strict(),
    response: z.object({ path: z.string(), removed: z.array(z.string()) }),
  },
  'sync:chooseFolder': {
    request: z.object({ title: z.string().max(200) }).strict(),
    /** The folder becomes the one all sync channels work in; null when the user cancelled. */
    response: z.object({ folder: z.string() }).nullable(),
  },
  'sync:currentFolder': {
    request: z.object({}).strict(),
    response: z.object({ folder: z.string() }).nullable(),
  },
  'sync:forgetFolder': {
    request: z.object({}).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  'sync:list': {
    request: z.object({ dir: syncDir }).strict(),
    /** entries null: the folder does not exist. */
    response: z.union([
      z.object({ ok: z.literal(true), entries: z.array(z.object({ name: z.string(), kind: z.enum(['file', 'directory']) })).nullable() }),
      syncFailure,
    ]),
  },
  'sync:read': {
    request: z.object({ path: syncPath }).strict(),
    /** base64 null: the file does not exist. */
    response: z.union([z.object({ ok: z.literal(true), base64: z.string().nullable() }), syncFailure]),
  },
  'sync:write': {
    request: z.object({ path: syncPath, tempDir: syncPath, base64: z.string().max(200 * 1024 * 1024) }).strict(),
    response: syncDone,
  },
  'sync:rename': {
    request: z.object({ from: syncPath, to: syncPath }).strict(),
    response: syncDone,
  },
  'sync:removeTemp': {
    request: z.object({ path: syncPath }).strict(),
    response: syncDone,
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
