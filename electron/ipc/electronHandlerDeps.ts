import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { renderRouteToPdf } from '../pdf/printToPdf';
import { writeFileAtomic } from '../services/atomicWrite';
import type { DesktopSettingsStore } from '../services/desktopSettingsStore';
import type { HandlerDeps } from './handlerDeps';

/** The real dependencies of the handlers: Electron's dialogs, the file system, printToPDF. */
export function electronHandlerDeps(settings: DesktopSettingsStore): HandlerDeps {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    appInfo: { name: 'Konvent', version: app.getVersion(), platform: process.platform },
    dialogs: {
      async chooseFolder(title) {
        const options = { title, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
        const window = parent();
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseSavePath(suggestedName, filters) {
        const options = { defaultPath: suggestedName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
        const window = parent();
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    },
    files: { writeFileAtomic },
    pdf: { renderRoute: renderRouteToPdf },
    now: () => new Date(),
    mail: { draftFolder: path.join(app.getPath('userData'), 'E-Mail-Entwuerfe'), openFile: (file) => shell.openPath(file) },
    settings,
  };
}
