import { createElectronBridge } from './electronBridge';
import type { PlatformBridge } from './platformBridge';
import { createWebBridge } from './webBridge';

let bridge: PlatformBridge | undefined;

/** The host this renderer runs in: Electron when the preload exposed window.konvent, else web mode. */
export function platform(): PlatformBridge {
  bridge ??= window.konvent ? createElectronBridge(window.konvent) : createWebBridge();
  return bridge;
}
