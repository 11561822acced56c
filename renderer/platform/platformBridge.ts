import type { IpcResponse } from '../../shared/ipc/contract';
import type { SyncFolderAccess } from './syncFolderAccess';

export type AppInfo = IpcResponse<'app:info'>;

export interface SaveFileRequest {
  suggestedName: string;
  content: Blob;
  /** e.g. { name: 'PDF-Dokument', extensions: ['pdf'] } */
  filter: { name: string; extensions: string[]; mime: string };
}

export interface PrintDocumentRequest {
  /** The print route, e.g. "/print/minutes/01J…". */
  route: string;
  /** File name for the PDF in Electron, e.g. "Niederschrift-2026-03-11.pdf". */
  suggestedName: string;
  /** Footer text left of "Seite x von y" (shared/print/pdfPageSpec.ts). */
  footerLeft: string;
  footerRight?: string;
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
  /**
   * Prints a print route to PDF. Electron: printToPDF in a hidden sandboxed window, then a save
   * dialog (returns the path). Web mode: the browser's print dialog ("Als PDF speichern").
   */
  printDocument(request: PrintDocumentRequest): Promise<{ savedAs: string } | null>;
  /** The shared sync folder: the main process's file channels, or the File System Access API. */
  readonly syncFolders: SyncFolderAccess;
}
