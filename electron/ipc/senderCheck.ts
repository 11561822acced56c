import { isAppUrl } from '../services/appFiles';

/** The parts of an IPC event the sender check reads (Electron's IpcMainInvokeEvent has them). */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}
export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

/**
 * Only our own renderer may call the bridge: the calling frame must be the top frame of a page
 * served from app://konvent. A subframe, a page that navigated elsewhere, or a frame that is
 * already gone (senderFrame null) is refused.
 */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
