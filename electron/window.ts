import { BrowserWindow, shell, type WebContents } from 'electron';
import { logger } from './logging/logger';
import { isAllowedExternalUrl } from './services/externalLinks';

export interface SecureWindowOptions {
  /** Path of the bundled preload (main window only; print windows get no bridge). */
  preload?: string;
  show: boolean;
  bounds?: { x?: number; y?: number; width: number; height: number };
  title?: string;
}

/**
 * The one factory for every window of the app (DESIGN.md §5): sandboxed, context-isolated, no
 * Node in any frame, web security on, no webviews, and the navigation guards of
 * hardenWebContents. No other code creates a BrowserWindow.
 */
export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: 900,
    minHeight: 600,
    show: options.show,
    title: options.title ?? 'Konvent',
    backgroundColor: '#f4f5f7',
    autoHideMenuBar: false,
    webPreferences: {
      ...(options.preload ? { preload: options.preload } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click opens links in new windows; nothing in Konvent needs it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(window.webContents);
  return window;
}

/**
 * Guards for any web contents: no navigation away from the loaded page (hash routes do not
 * navigate), no new windows (allow-listed https/mailto links go to the system browser instead),
 * no webviews. main.ts also applies it to every web contents the app ever creates.
 */
const hardened = new WeakSet<WebContents>();

export function hardenWebContents(contents: WebContents): void {
  // Windows from the factory pass here twice (factory and app-wide hook): guard once.
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfAllowed(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

export function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) {
    void shell.openExternal(url).catch((error: unknown) => logger.warn('Externer Link ließ sich nicht öffnen', error));
  } else {
    logger.warn('Navigation zu nicht freigegebener Adresse verhindert');
  }
}
