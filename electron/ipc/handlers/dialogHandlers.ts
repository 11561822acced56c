import type { HandlerDeps } from '../handlerDeps';
import type { HandlerMap } from '../handlerMap';

export function createDialogHandlers(deps: Pick<HandlerDeps, 'dialogs'>): HandlerMap {
  return {
    'dialog:chooseFolder': async ({ title }) => {
      const folder = await deps.dialogs.chooseFolder(title);
      return folder ? { folder } : null;
    },
  };
}
