import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type IpcChannel } from '../shared/ipc/contract';

/**
 * The bridge, and nothing else: window.konvent is a frozen object with one function per channel
 * of shared/ipc/contract.ts (generated from its channel list, so a new channel needs no edit
 * here). Each function passes one request object and returns the main process's IpcResult;
 * ipcRenderer itself, events and senders never reach the page.
 */
const api = Object.freeze(
  Object.fromEntries(
    ipcChannels.map((channel: IpcChannel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)]),
  ),
);

contextBridge.exposeInMainWorld('konvent', api);
