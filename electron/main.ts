import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { handle } from './ipc/handle';
import { registerHandlerMaps } from './ipc/handlerMap';
import { electronHandlerDeps } from './ipc/electronHandlerDeps';
import { allHandlerMaps } from './ipc/registerHandlers';
import { logger } from './logging/logger';
import { setupLogging } from './logging/setupLogging';
import { buildApplicationMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { aboutText, type BundledLicense } from './services/aboutText';
import { appUrl } from './services/appFiles';
import { openDesktopSettingsStore, type DesktopSettingsStore } from './services/desktopSettingsStore';
import { restoreWindowBounds } from './services/windowGeometry';
import { createSecureWindow, hardenWebContents, openExternalIfAllowed } from './window';
import { closePrintWindow, prewarmPrintWindow } from './pdf/printToPdf';

/**
 * The desktop shell's lifecycle. Everything that matters for security happens before the first
 * window: sandbox for all renderers, the app:// scheme, permission handlers, the IPC handlers.
 * Files beside this bundle (dist/electron): preload.cjs, licenses.json; the renderer is in
 * dist/renderer.
 */
const HOMEPAGE = 'https://www.region-chemnitz.de';

app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  // A second start (double click while open) focuses the running window instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    logger.error('Start fehlgeschlagen', error);
    app.quit();
  });
}

async function start(): Promise<void> {
  const logFolder = setupLogging(app.getPath('userData'), os.homedir(), app.isPackaged);
  logger.info(`Konvent ${app.getVersion()} startet (Electron ${process.versions.electron}, ${process.platform})`);

  denyAllPermissions();
  serveRenderer(path.join(__dirname, '..', 'renderer'));

  const settings = await openDesktopSettingsStore(path.join(app.getPath('userData'), 'desktop-settings.json'), (problem) =>
    logger.warn(problem),
  );
  registerHandlerMaps(allHandlerMaps(electronHandlerDeps(settings)), handle);

  buildApplicationMenuFor(logFolder);
  mainWindow = openMainWindow(settings);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow(settings);
  });
}

/** No page of Konvent needs camera, microphone, notifications, geolocation, USB or the like. */
function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

function openMainWindow(settings: DesktopSettingsStore): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  const { bounds, maximized } = restoreWindowBounds(settings.read().windowBounds, [
    primary,
    ...workAreas.filter((a) => a !== primary),
  ]);
  const window = createSecureWindow({ preload: path.join(__dirname, 'preload.cjs'), show: false, bounds });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => {
    window.show();
    // The hidden print window loads once, after the app is on screen, so PDFs come quickly.
    setTimeout(prewarmPrintWindow, 3000);
  });
  // The hidden print window must not keep the app alive once the user closed the main window.
  window.on('closed', closePrintWindow);
  window.on('close', () => {
    const normal = window.getNormalBounds();
    void settings
      .update({ windowBounds: { ...normal, maximized: window.isMaximized() } })
      .catch((error: unknown) => logger.warn('Fenstergröße nicht gespeichert', error));
  });
  window.webContents.on('render-process-gone', (_event, details) => logger.error(`Renderer beendet: ${details.reason}`));
  window.webContents.on('unresponsive', () => logger.warn('Renderer reagiert nicht'));
  void window.loadURL(appUrl('/'));
  return window;
}

function buildApplicationMenuFor(logFolder: string): void {
  const menu = buildApplicationMenu({
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    openSettings: () => void mainWindow?.loadURL(appUrl('/settings')),
    openLogFolder: () => void shell.openPath(logFolder),
    openWebsite: () => openExternalIfAllowed(HOMEPAGE),
    showAbout: () => void showAbout(),
  });
  Menu.setApplicationMenu(menu);
}

async function showAbout(): Promise<void> {
  const licensesFile = path.join(__dirname, 'licenses.json');
  let licenses: BundledLicense[] = [];
  try {
    licenses = JSON.parse(readFileSync(licensesFile, 'utf8')) as BundledLicense[];
  } catch (error) {
    logger.warn('Lizenzliste nicht lesbar', error);
  }
  const detail = aboutText({
    version: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
    licenses,
  });
  const options = {
    type: 'info' as const,
    title: 'Über Konvent',
    message: 'Konvent – Sekretariat des Regionalkonvents Südwestsachsen',
    detail,
    buttons: ['Schließen', 'Lizenztexte öffnen'],
    defaultId: 0,
    cancelId: 0,
  };
  const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  if (response === 1) {
    // Outside the asar archive, so the system's text viewer can open it.
    const text = app.isPackaged
      ? path.join(process.resourcesPath, 'THIRD-PARTY-LICENSES.txt')
      : path.join(__dirname, 'THIRD-PARTY-LICENSES.txt');
    const problem = await shell.openPath(text);
    if (problem) logger.warn(`Lizenztexte nicht geöffnet: ${problem}`);
  }
}
