import { ipcContract, type IpcChannel, type IpcRequest, type IpcResponse, type IpcResult } from '../../shared/ipc/contract';
import { bytesToBase64 } from './base64';
import type { MailDraftRequest, PlatformBridge, PrintDocumentRequest, SaveFileRequest } from './platformBridge';
import { createElectronSyncFolderAccess } from './electronSyncFolder';

/** The functions the preload exposes as window.konvent: one per channel of the contract. */
export type KonventPreloadApi = { [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>> };

declare global {
  interface Window {
    konvent?: KonventPreloadApi;
  }
}

export class BridgeError extends Error {}

export async function call<C extends IpcChannel>(api: KonventPreloadApi, channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  const invoke = api[channel] as (r: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;
  const result = await invoke(request);
  if (!result.ok) throw new BridgeError(result.error.message);
  return ipcContract[channel].response.parse(result.value) as IpcResponse<C>;
}

async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

export function createElectronBridge(api: KonventPreloadApi): PlatformBridge {
  return {
    kind: 'electron',
    appInfo: () => call(api, 'app:info', {}),
    syncFolders: createElectronSyncFolderAccess(api),
    async saveFile(request: SaveFileRequest) {
      const result = await call(api, 'file:save', {
        suggestedName: request.suggestedName,
        content: await blobToBase64(request.content),
        encoding: 'base64',
        filters: [{ name: request.filter.name, extensions: request.filter.extensions }],
      });
      return result ? { savedAs: result.path } : null;
    },
    async printDocument(request: PrintDocumentRequest) {
      const result = await call(api, 'pdf:print', request);
      return result ? { savedAs: result.path } : null;
    },
    async openMailDraft({ draftName, draft, pdf }: MailDraftRequest) {
      const attachments = draft.attachments.map((attachment) => ({
        fileName: attachment.fileName,
        contentType: attachment.contentType as 'application/pdf' | 'text/calendar; method=PUBLISH' | 'text/plain',
        base64: bytesToBase64(attachment.bytes),
      }));
      await call(api, 'mail:openDraft', { draftName, draft: { ...draft, attachments }, pdf });
      return { pdfAttached: pdf !== null };
    },
    backupFolder: {
      status: () => call(api, 'backup:folderStatus', {}),
      choose: (title) => call(api, 'backup:chooseFolder', { title }),
      // The desktop app keeps its permission: nothing to ask again.
      grantAccess: () => call(api, 'backup:folderStatus', {}),
      // The main process names the file by its own clock; the name asked for here is the same date.
      async write(_fileName, bytes, kind) {
        const result = await call(api, 'backup:writeToFolder', { content: bytesToBase64(bytes), kind });
        return { savedAs: result.path, removed: result.removed };
      },
    },
  };
}
