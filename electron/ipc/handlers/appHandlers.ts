import type { HandlerDeps } from '../handlerDeps';
import type { HandlerMap } from '../handlerMap';

export function createAppHandlers(deps: Pick<HandlerDeps, 'appInfo'>): HandlerMap {
  return {
    'app:info': async () => ({ ...deps.appInfo }),
  };
}
