import type { IpcResponse } from '../../shared/ipc/contract';

export type AppInfo = IpcResponse<'app:info'>;

export interface SaveFileRequest {
  suggestedName: string;
  content: Blob;
  /** e.g. { name: 'PDF-Dokument', extensions: ['pdf'] } */
  filter: { name: string; extensions: string[]; mime: string };
}

/**
 * Everything the renderer needs from its host. Two implementations: Electron (window.konvent,
 * the preload bridge) and web mode (browser APIs). Nothing else in the renderer touches window.konvent.
 */
export interface PlatformBridge {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Returns where the file went, or null when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<{ savedAs: string } | null>;
}
