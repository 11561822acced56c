import type { PdfPageSpec } from '../../shared/print/pdfPageSpec';
import type { DesktopSettingsStore } from '../services/desktopSettingsStore';

/**
 * Everything handlers need from the outside world, injected so that handlers are plain
 * functions tested in Node. electron/ipc/electronHandlerDeps.ts builds the real one.
 */
export interface HandlerDeps {
  appInfo: { name: string; version: string; platform: string };
  dialogs: {
    /** The chosen folder, or null when cancelled. */
    chooseFolder(title: string): Promise<string | null>;
    /** The chosen target file, or null when cancelled. */
    chooseSavePath(suggestedName: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  };
  files: {
    writeFileAtomic(target: string, data: Uint8Array): Promise<void>;
  };
  pdf: {
    /**
     * Renders a print route of the renderer to PDF bytes (hidden sandboxed window, printToPDF),
     * with what the document said about itself (shared/print/printMetadata.ts: raw, unparsed).
     */
    renderRoute(route: string, spec: PdfPageSpec): Promise<{ pdf: Uint8Array; metadata: unknown }>;
  };
  /** The main process's clock: it alone dates backup files (a renderer's date is never trusted). */
  now(): Date;
  mail: {
    /** The app's own folder for e-mail drafts (in its user data folder); created when needed. */
    draftFolder: string;
    /** Opens a file with the system's default program; resolves to an error text, '' when it worked. */
    openFile(file: string): Promise<string>;
  };
  /** Remembered window geometry and folders (user data folder). */
  settings: DesktopSettingsStore;
}
