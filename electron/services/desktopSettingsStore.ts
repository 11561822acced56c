import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';
import { isUsableFolder } from './folderCheck';

/**
 * What the desktop shell remembers between starts (a small JSON file in the user data folder):
 * the window geometry and the folders the user chose for sync and backups. The data itself lives
 * in the renderer's IndexedDB, never here.
 */
const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

const desktopSettingsSchema = z.object({
  windowBounds: boundsSchema.optional(),
  backupFolder: z.string().min(1).optional(),
  syncFolder: z.string().min(1).optional(),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;
export type FolderKind = 'backupFolder' | 'syncFolder';
export type FolderState = { state: 'none' } | { state: 'ready'; folder: string } | { state: 'unavailable'; folder: string };

export interface DesktopSettingsStore {
  read(): DesktopSettings;
  update(patch: Partial<DesktopSettings>): Promise<void>;
  /** The remembered folder, checked again now (a network drive may have come back). */
  folder(kind: FolderKind): Promise<FolderState>;
  /** Remembers a folder the user just chose; refuses one that cannot be written to. */
  setFolder(kind: FolderKind, folder: string): Promise<FolderState>;
}

export async function openDesktopSettingsStore(
  file: string,
  onProblem: (message: string) => void = () => undefined,
): Promise<DesktopSettingsStore> {
  let current: DesktopSettings = {};
  try {
    const parsed = desktopSettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) current = parsed.data;
    else onProblem('Gespeicherte Fenster- und Ordnereinstellungen waren ungültig und wurden zurückgesetzt.');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem(`Einstellungsdatei nicht lesbar: ${String(error)}`);
  }

  const folderState = async (folder: string | undefined): Promise<FolderState> => {
    if (!folder) return { state: 'none' };
    return (await isUsableFolder(folder)) ? { state: 'ready', folder } : { state: 'unavailable', folder };
  };

  // Validated on start: a folder that is gone is reported (and logged), not silently used.
  for (const kind of ['backupFolder', 'syncFolder'] as const) {
    const state = await folderState(current[kind]);
    if (state.state === 'unavailable') onProblem(`${kind}: der gespeicherte Ordner ist nicht erreichbar oder nicht beschreibbar.`);
  }

  const store: DesktopSettingsStore = {
    read: () => structuredClone(current),
    async update(patch) {
      const next = desktopSettingsSchema.parse({ ...current, ...patch });
      await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(next, null, 2)));
      current = next;
    },
    folder: (kind) => folderState(current[kind]),
    async setFolder(kind, folder) {
      const resolved = path.resolve(folder);
      const state = await folderState(resolved);
      if (state.state === 'ready') await store.update({ [kind]: resolved });
      return state;
    },
  };
  return store;
}
