import type { IpcResponse } from '../../shared/ipc/contract';
import type { BackupFolderStatus } from '../../shared/backup/backupFolder';
import type { SyncFolderAccess } from './syncFolderAccess';
import type { MailDraft } from '../../shared/mail/emlMessage';

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
}

export interface MailDraftRequest {
  /** The draft file's name without ".eml", e.g. "Einladung-2026-03-11" (letters, digits, - and _). */
  draftName: string;
  draft: MailDraft;
  /** A print document attached as PDF before the other attachments (desktop only). */
  pdf: { route: string; fileName: string } | null;
}

/**
 * The folder for automatic daily backups. Besides the host's states: "unsupported" (a browser
 * without folder access) and "needs-permission" (web mode after a restart: the browser asks the
 * user again before the app may write into the folder).
 */
export type BackupFolderState = BackupFolderStatus | { state: 'unsupported' } | { state: 'needs-permission'; folder: string };

export interface BackupFolderHost {
  status(): Promise<BackupFolderState>;
  /** Lets the user pick the folder; null when cancelled. */
  choose(title: string): Promise<BackupFolderState | null>;
  /** Web mode: asks the browser for write access again (must run in a click handler). */
  grantAccess(): Promise<BackupFolderState>;
  /** Writes one backup file; daily files are followed by the retention rule (14 days, 12 months). */
  write(fileName: string, bytes: Uint8Array, kind: 'daily' | 'safety'): Promise<{ savedAs: string; removed: string[] }>;
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
  /**
   * An e-mail draft. Electron: the main process renders the PDF, writes the .eml into the app's
   * draft folder and opens it with the mail program. Web mode: the .eml downloads; a browser cannot
   * make a PDF file without the print dialog, so the PDF is not attached (pdfAttached false).
   */
  openMailDraft(request: MailDraftRequest): Promise<{ pdfAttached: boolean }>;
  /** Automatic backups: Electron writes through the main process, web mode through File System Access. */
  readonly backupFolder: BackupFolderHost;
  /** The shared sync folder: the main process's file channels, or the File System Access API. */
  readonly syncFolders: SyncFolderAccess;
}
