import { ipcContract, type IpcChannel, type IpcRequest } from '../../shared/ipc/contract';
import type { z } from 'zod';
import type { ChannelHandler } from './handle';

/** Handlers for some channels of the contract, keyed by channel. Each handlers module returns one. */
export type HandlerMap = { [C in IpcChannel]?: ChannelHandler<C> };

type Register = <C extends IpcChannel>(channel: C, schema: z.ZodType<IpcRequest<C>>, fn: ChannelHandler<C>) => void;

/**
 * Registers several handler maps at once. A channel handled twice, or a channel of the contract
 * that no map handles, is a programming error and stops the start (a test runs this too).
 */
export function registerHandlerMaps(maps: readonly HandlerMap[], register: Register): IpcChannel[] {
  const seen = new Set<IpcChannel>();
  for (const map of maps) {
    for (const channel of Object.keys(map) as IpcChannel[]) {
      if (!Object.hasOwn(ipcContract, channel)) throw new Error(`Handler für unbekannten Kanal ${channel}`);
      if (seen.has(channel)) throw new Error(`Kanal ${channel} hat zwei Handler`);
      seen.add(channel);
      register(channel, ipcContract[channel].request as z.ZodType<IpcRequest<typeof channel>>, map[channel] as ChannelHandler<typeof channel>);
    }
  }
  const missing = (Object.keys(ipcContract) as IpcChannel[]).filter((c) => !seen.has(c));
  if (missing.length) throw new Error(`Kanäle ohne Handler: ${missing.join(', ')}`);
  return [...seen];
}
