import type { DesktopSettingsStore } from '../desktopSettingsStore';
import type { SyncRootStore } from './syncRootStore';

/**
 * The chosen sync folder lives with the other remembered folders in the desktop settings file
 * (validated at start). A folder that went missing is still returned: the sync engine then pauses
 * and says so, instead of the app silently forgetting the user's choice.
 */
export function syncRootFromSettings(settings: DesktopSettingsStore): SyncRootStore {
  return {
    async get() {
      return settings.read().syncFolder ?? null;
    },
    async set(folder) {
      await settings.update({ syncFolder: folder ?? undefined });
    },
  };
}
