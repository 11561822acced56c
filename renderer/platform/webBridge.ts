import { composeEml } from '../../shared/mail/emlMessage';
import type { PlatformBridge, SaveFileRequest } from './platformBridge';
import { printInHiddenFrame } from './webPrint';
import { createWebBackupFolder } from './webBackupFolder';
import { createWebSyncFolderAccess } from './webSyncFolderAccess';

/** Web mode: the same renderer in any Chromium browser, with browser APIs for files. */
export function createWebBridge(): PlatformBridge {
  const bridge: PlatformBridge = {
    kind: 'web',
    async appInfo() {
      return { name: 'Konvent', version: __APP_VERSION__, platform: 'web' };
    },
    async saveFile(request: SaveFileRequest) {
      // A download: the browser asks where to put it (or uses the download folder).
      const url = URL.createObjectURL(request.content);
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = request.suggestedName;
        link.rel = 'noopener';
        document.body.append(link);
        link.click();
        link.remove();
      } finally {
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return { savedAs: request.suggestedName };
    },
    printDocument: (request) => printInHiddenFrame(request),
    async openMailDraft({ draftName, draft }) {
      const content = new Blob([composeEml(draft)], { type: 'message/rfc822' });
      await bridge.saveFile({ suggestedName: `${draftName}.eml`, content, filter: { name: 'E-Mail-Entwurf', extensions: ['eml'], mime: 'message/rfc822' } });
      return { pdfAttached: false };
    },
    backupFolder: createWebBackupFolder(),
    syncFolders: createWebSyncFolderAccess(),
  };
  return bridge;
}
