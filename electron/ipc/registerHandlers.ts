import type { HandlerDeps } from './handlerDeps';
import type { HandlerMap } from './handlerMap';
import { createAppHandlers } from './handlers/appHandlers';
import { createBackupHandlers } from './handlers/backupHandlers';
import { createFileHandlers } from './handlers/fileHandlers';
import { createMailHandlers } from './handlers/mailHandlers';
import { createPdfHandlers } from './handlers/pdfHandlers';
import { createSyncHandlers } from './handlers/syncHandlers';
import { syncRootFromSettings } from '../services/syncFolder/syncRootFromSettings';

/**
 * Every handler map of the app, one line each. A new area (e.g. sync) adds its channels to
 * shared/ipc/contract.ts, writes electron/ipc/handlers/<area>Handlers.ts returning a HandlerMap
 * from these deps, and adds one line here. registerHandlerMaps refuses a channel without handler.
 */
export function allHandlerMaps(deps: HandlerDeps): HandlerMap[] {
  return [
    createAppHandlers(deps),
    createFileHandlers(deps),
    createPdfHandlers(deps),
    createMailHandlers(deps),
    createBackupHandlers(deps),
    createSyncHandlers({ roots: syncRootFromSettings(deps.settings), showFolderDialog: (title) => deps.dialogs.chooseFolder(title) }),
  ];
}
