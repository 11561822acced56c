import type { KonventDatabase } from '../db/database';
import { DEVICE, type FolderRefRow } from '../db/sync/syncTables';
import { platform } from '../platform/platform';
import type { SyncFolderAccess, SyncFolderRef } from '../platform/syncFolderAccess';
import type { SyncFolder } from '../../shared/sync/syncFolder';
import { readSyncState, updateStatus, updateSyncState } from './engine/engineState';
import { leaveSyncFolder, SyncEngine, type JoinOutcome, type SyncOutcome } from './engine/syncEngine';

/**
 * Connects the engine to the folder the user chose: remembers the folder (a path in the desktop
 * app, a directory handle in web mode) in _device, asks for access again after a reload when the
 * browser wants that, and runs the engine. The screen and the scheduler use only this.
 */
export interface SyncConnectionOptions {
  access?: SyncFolderAccess;
  /** Opens the folder; tests hand in an OPFS or temp folder directly. */
  openFolder?: (ref: SyncFolderRef) => SyncFolder;
}

const lastEngines = new WeakMap<KonventDatabase, { ref: SyncFolderRef; engine: SyncEngine }>();

async function sameFolder(a: SyncFolderRef, b: SyncFolderRef): Promise<boolean> {
  if (a.kind !== b.kind || a.label !== b.label) return false;
  if (a.kind !== 'web') return true;
  if (!a.handle || !b.handle) return false;
  return a.handle === b.handle || (await a.handle.isSameEntry(b.handle).catch(() => false));
}

const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

export class SyncConnection {
  constructor(
    private readonly db: KonventDatabase,
    private readonly options: SyncConnectionOptions = {},
  ) {}

  private get access(): SyncFolderAccess {
    return this.options.access ?? platform().syncFolders;
  }

  async folderRef(): Promise<SyncFolderRef | undefined> {
    return ((await this.db.table(DEVICE).get('folder')) as FolderRefRow | undefined)?.ref as SyncFolderRef | undefined;
  }

  engineFor(ref: SyncFolderRef): SyncEngine {
    const folder = this.options.openFolder ? this.options.openFolder(ref) : this.access.open(ref);
    return new SyncEngine({ db: this.db, folder, appVersion });
  }

  /**
   * The engine of the last run when it ran on the same folder: it and its folder adapter remember
   * what they looked up (the web adapter its folder handles, the engine this PC's id), so a run asks
   * the folder less. The scheduler makes a connection per run, so this is kept per database.
   */
  private async runEngine(ref: SyncFolderRef): Promise<SyncEngine> {
    const last = lastEngines.get(this.db);
    if (last && !this.options.openFolder && (await sameFolder(last.ref, ref))) return last.engine;
    const engine = this.engineFor(ref);
    lastEngines.set(this.db, { ref, engine });
    return engine;
  }

  /** Lets the user pick a folder (the dialog of the platform); null when cancelled. */
  choose(title: string): Promise<SyncFolderRef | null> {
    return this.access.choose(title);
  }

  /** First PC: creates the folder's format file; next PCs: join. Then the first sync runs. */
  async join(ref: SyncFolderRef, name: string, confirmNonEmpty = false): Promise<JoinOutcome> {
    const engine = this.engineFor(ref);
    const outcome = await engine.join({ name, confirmNonEmpty });
    if (outcome.kind === 'joined') {
      await this.db.table(DEVICE).put({ key: 'folder', ref, label: ref.label } satisfies FolderRefRow);
      await engine.sync();
    }
    return outcome;
  }

  /**
   * One sync run. Without `interactive` nothing is asked (the scheduler); with it, web mode may
   * show the browser's permission prompt (needs the click that called this).
   */
  async syncNow(interactive: boolean): Promise<SyncOutcome> {
    const state = await readSyncState(this.db);
    const ref = await this.folderRef();
    if (!state.folderId || !ref) return { kind: 'notJoined' };
    const permission = await this.access.permission(ref, interactive).catch(() => 'denied' as const);
    if (permission !== 'granted' && !this.options.openFolder) {
      await updateStatus(this.db, { state: 'paused', pause: { reason: 'noAccess' } });
      return { kind: 'paused', reason: 'noAccess' };
    }
    return (await this.runEngine(ref)).sync();
  }

  async restoreFolder(): Promise<SyncOutcome> {
    const ref = await this.folderRef();
    if (!ref) return { kind: 'notJoined' };
    await this.engineFor(ref).restoreFolder();
    return this.syncNow(true);
  }

  /** Joins the folder that replaced the old one at the same place. */
  async joinReplacement(): Promise<JoinOutcome | null> {
    const ref = await this.folderRef();
    if (!ref) return null;
    return this.join(ref, (await readSyncState(this.db)).name);
  }

  async rename(name: string): Promise<void> {
    await updateSyncState(this.db, (state) => {
      state.name = name.trim();
    });
  }

  async leave(): Promise<void> {
    const ref = await this.folderRef();
    await leaveSyncFolder(this.db);
    if (ref) await this.access.forget(ref).catch(() => undefined);
  }
}

/** The one door of features/sync: what the sync screen reads and does, re-exported from the engine and its tables. */
export { resolveConflict } from './engine/conflictResolution';
export type { Resolution } from './engine/conflictResolution';
export { acceptHeldBack, readStatus, readSyncState } from './engine/engineState';
export type { ClockWarning, CursorRow, BadFileRow, ConflictRow, DeviceClockRow, FolderRefRow, SyncStateRow, SyncStatusRow } from '../db/sync/syncTables';
export { BAD_FILES, CURSORS, DEVICE } from '../db/sync/syncTables';
export { clockEntryOf, openConflicts } from '../db/sync/syncReads';
