/**
 * Stand-in for the 'electron' module in Node tests: `require('electron')` in plain Node tries to
 * download the binary. Only the shapes our shell touches exist here; handlers get their real
 * dependencies injected, so tests rarely need more than this.
 */
type Listener = (...args: unknown[]) => unknown;

function emitter() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle(channel: string, fn: Listener) {
      handlers.set(channel, fn);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
  };
}

export const ipcMain = emitter();
export const ipcRenderer = {
  invoke: async () => undefined,
};
export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed[key] = api;
  },
};
export const app = {
  getName: () => 'Konvent',
  getVersion: () => '0.0.0-test',
  getPath: () => '/tmp/konvent-test',
  isPackaged: false,
  enableSandbox: () => undefined,
  requestSingleInstanceLock: () => true,
  on: () => app,
  whenReady: async () => undefined,
  quit: () => undefined,
};
export const shell = { openExternal: async () => undefined, openPath: async () => '' };
export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
  showSaveDialog: async () => ({ canceled: true, filePath: undefined as string | undefined }),
};
export const protocol = { registerSchemesAsPrivileged: () => undefined, handle: () => undefined };
export const session = { defaultSession: { setPermissionRequestHandler: () => undefined } };
export class BrowserWindow {}
export const Menu = { buildFromTemplate: () => ({}), setApplicationMenu: () => undefined };
export const net = { fetch: async () => new Response('') };
export default { ipcMain, ipcRenderer, contextBridge, app, shell, dialog, protocol, session, BrowserWindow, Menu, net };
