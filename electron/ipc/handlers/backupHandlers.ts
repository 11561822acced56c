import type { BackupFolderStatus } from '../../../shared/backup/backupFolder';
import { latestDailyBackup, localIsoDate, writeBackupToFolder } from '../../services/backupFolderService';
import type { FolderState } from '../../services/desktopSettingsStore';
import type { HandlerDeps } from '../handlerDeps';
import type { HandlerMap } from '../handlerMap';
import { UserFacingError } from '../userFacingError';
import { logger } from '../../logging/logger';
import { decodeContent } from './fileHandlers';

async function toStatus(state: FolderState, now: Date): Promise<BackupFolderStatus> {
  if (state.state !== 'ready') return state;
  return { state: 'ready', folder: state.folder, latestDaily: await latestDailyBackup(state.folder, localIsoDate(now)) };
}

/** The automatic backup folder: chosen once, remembered, checked at every use. */
export function createBackupHandlers(deps: Pick<HandlerDeps, 'dialogs' | 'settings' | 'now'>): HandlerMap {
  return {
    'backup:folderStatus': async () => toStatus(await deps.settings.folder('backupFolder'), deps.now()),
    'backup:chooseFolder': async ({ title }) => {
      const folder = await deps.dialogs.chooseFolder(title);
      if (!folder) return null;
      const state = await deps.settings.setFolder('backupFolder', folder);
      if (state.state !== 'ready') throw new UserFacingError('In diesen Ordner kann Konvent nicht schreiben. Bitte einen anderen Ordner wählen.');
      return toStatus(state, deps.now());
    },
    'backup:writeToFolder': async ({ content, kind }) => {
      const state = await deps.settings.folder('backupFolder');
      if (state.state === 'none') throw new UserFacingError('Es ist noch kein Sicherungsordner gewählt.');
      if (state.state === 'unavailable') {
        throw new UserFacingError('Der Sicherungsordner ist nicht erreichbar (Netzlaufwerk getrennt oder Ordner entfernt?).');
      }
      const bytes = decodeContent(content, 'base64');
      const result = await writeBackupToFolder(state.folder, bytes, kind, deps.now());
      // Event and size only: the folder path names the user, the content is their data.
      logger.info(`Sicherung geschrieben (${kind}, ${bytes.length} Bytes, ${result.removed.length} ältere entfernt)`);
      return result;
    },
  };
}
