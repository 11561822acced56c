import { DEVICES_DIR, isDeviceId, isTempName, logDir, tmpDir } from '../../../shared/sync/folderLayout';
import { hlcInstant, isHlc } from '../../../shared/sync/hlc';
import { isDomainTableName } from '../../../shared/domain/tables';
import { FORMAT_NAME, FORMAT_VERSION, type DeviceHead } from '../../../shared/sync/formats';
import { SyncFolderError, type FolderEntry, type SyncFolder } from '../../../shared/sync/syncFolder';
import type { KonventDatabase } from '../../db/database';
import { BAD_FILES, CURSORS, DEVICE, OUTBOX, type BadFileRow, type CursorRow, type DeviceClockRow, type HeldBack, type PauseReason, type SyncStateRow, type SyncStatusRow, type VanishedPc } from '../../db/sync/syncTables';
import { APPLY_TABLES, applyBatch, type ApplyHooks } from './applyBatch';
import { recordBadFiles } from './badFiles';
import { clockWarnings } from './clockWarnings';
import { defaultSyncState, endRun, ensureDeviceClock, readSyncState, startRun, updateStatus, updateSyncState } from './engineState';
import { exclusiveName } from './engineName';
import { runExclusive } from './exclusive';
import { askFolderCheck, checkJoinedFolder, newFolderId, readFormatFile, writeFormatFile } from './folderFormat';
import { checkOwnLog } from './ownLog';
import { publishOutbox, writeHead, writeHeadFile, type PublishHooks } from './publish';
import { watchOwnSegments } from './ownSegments';
import { readFolder, surveyFolder, type FolderSurvey, type HeldSegment } from './readFolder';
import { ageUnsharedOps, forkToNewDevice } from './restamp';
import { writeSnapshot } from './snapshots';

/**
 * The sync engine (DESIGN.md §4): pure TypeScript over a SyncFolder and the app's database, so
 * the same code runs in the app (Electron or web mode) and in the Node tests.
 *
 * One run: check the folder (pause on anything unexpected) → clear own temp files → check own log
 * (finish an interrupted publish, or fork if a clone wrote under this id) → publish waiting ops →
 * read and verify other PCs' files → apply them in one transaction → report bad files → write
 * head.json → write a snapshot when due → status.
 */
export interface SyncEngineOptions {
  db: KonventDatabase;
  folder: SyncFolder;
  appVersion: string;
  /** Wall clock of this PC; defaults to the database's (tests skew it). */
  now?: () => number;
  useSnapshots?: boolean;
  snapshotEvery?: number;
  maxOpsPerBatch?: number;
  maxOpsPerSegment?: number;
  hooks?: ApplyHooks & PublishHooks;
}

export type SyncOutcome =
  | { kind: 'synced'; sent: number; received: number }
  | { kind: 'paused'; reason: PauseReason; detail?: string }
  | { kind: 'failed'; message: string }
  | { kind: 'notJoined' };

export type JoinOutcome = { kind: 'joined'; created: boolean } | { kind: 'needsConfirmation' } | { kind: 'paused'; reason: PauseReason; detail?: string };

interface EarlyReads {
  deviceId: string;
  tmp: Promise<FolderEntry[] | null>;
  log: Promise<FolderEntry[] | null>;
  survey: Promise<FolderSurvey>;
  /** Valid while this PC's own log needed nothing (same id, same published seq). */
  local: Promise<LocalReading>;
}

interface LocalReading {
  cursorRows: CursorRow[];
  syncClock: DeviceClockRow | undefined;
  state: SyncStateRow;
  badFileRows: BadFileRow[];
  /** Ops wait in _outbox after the published seq asked about. */
  waiting: boolean;
}

const CLUTTER = /^(desktop\.ini|thumbs\.db|\.ds_store|\._.*)$/i;

export class SyncEngine {
  private readonly db: KonventDatabase;
  private readonly folder: SyncFolder;
  private readonly now: () => number;
  /** This PC's id at the last run: the folder is asked under it while the next run starts. */
  private lastDeviceId: string | undefined;

  constructor(private readonly options: SyncEngineOptions) {
    this.db = options.db;
    this.folder = options.folder;
    this.now = options.now ?? (() => options.db.wallClock());
  }

  /**
   * Makes this PC a member of the folder: the first PC creates konvent-sync.json, the next ones
   * join it. A folder that holds other files is only set up after the user confirmed it.
   */
  async join(input: { name: string; confirmNonEmpty?: boolean }): Promise<JoinOutcome> {
    return runExclusive(exclusiveName(this.db), async () => {
      const clock = await ensureDeviceClock(this.db);
      const root = await this.folder.list('');
      if (root === null) return { kind: 'paused', reason: 'folderMissing' };
      let format = await readFormatFile(this.folder);
      let created = false;
      if (format === 'absent') {
        const others = root.filter((entry) => !CLUTTER.test(entry.name));
        if (others.length > 0 && !input.confirmNonEmpty) return { kind: 'needsConfirmation' };
        format = { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, folderId: newFolderId(), createdAt: this.isoNow() };
        await writeFormatFile(this.folder, clock.deviceId, format);
        created = true;
      }
      if ('unreadable' in format) return { kind: 'paused', reason: 'formatUnreadable', detail: format.unreadable };
      if ('newer' in format) return { kind: 'paused', reason: 'newerFormat', detail: String(format.newer) };
      const folderId = format.folderId;
      const state = await readSyncState(this.db);
      const returning = state.folderId === folderId || (state.folderId === null && state.leftFolderId === folderId);
      if (!returning) {
        const othersHaveData = ((await this.folder.list(DEVICES_DIR)) ?? []).some(
          (entry) => entry.kind === 'directory' && isDeviceId(entry.name) && entry.name !== clock.deviceId,
        );
        await this.db.transaction('rw', [CURSORS, BAD_FILES, DEVICE], async () => {
          await this.db.table(CURSORS).clear();
          await this.db.table(BAD_FILES).clear();
        });
        if (othersHaveData && !created) await ageUnsharedOps(this.db, state.everPublishedSeq);
      }
      await updateSyncState(this.db, (s) => {
        if (!returning) {
          s.publishedSeq = 0;
          s.lastHeadText = undefined;
          s.lastSegment = undefined;
          s.snapshotWritten = false;
          s.snapshotConsidered = false;
          s.startedFromSnapshot = false;
        }
        s.folderId = folderId;
        s.leftFolderId = undefined;
        s.folderLabel = this.folder.label;
        s.name = input.name.trim();
      });
      await updateStatus(this.db, { state: 'idle', pause: undefined, error: undefined, errorCode: undefined });
      return { kind: 'joined', created };
    });
  }

  /** The folder was emptied: write konvent-sync.json again with this folder's id; every PC then republishes its log. */
  async restoreFolder(): Promise<void> {
    await runExclusive(exclusiveName(this.db), async () => {
      const state = await readSyncState(this.db);
      const clock = await ensureDeviceClock(this.db);
      if (!state.folderId) return;
      if ((await this.folder.list('')) === null) throw new SyncFolderError('missing', 'Der Ordner ist nicht erreichbar.');
      if ((await readFormatFile(this.folder)) !== 'absent') return;
      await writeFormatFile(this.folder, clock.deviceId, {
        format: FORMAT_NAME,
        formatVersion: FORMAT_VERSION,
        folderId: state.folderId,
        createdAt: this.isoNow(),
      });
    });
  }

  async sync(): Promise<SyncOutcome> {
    return runExclusive(exclusiveName(this.db), () => this.runOnce());
  }

  private isoNow(): string {
    return new Date(this.now()).toISOString();
  }

  private async runOnce(): Promise<SyncOutcome> {
    // The folder is asked while the run starts in the database, under the id this PC had at its
    // last run (read-only; used only once the folder check passed and the id is still the same).
    const guessed = this.lastDeviceId;
    // The database's side too (the run's first write waits for this short read; the folder takes longer).
    const early: EarlyReads | undefined = guessed ? { ...this.askEarly(guessed), local: quiet(this.readLocal(true)) } : undefined;
    const checkReads = guessed ? quiet(askFolderCheck(this.folder)) : undefined;
    // State, clock and the status "running": one transaction.
    const { state: initial, clock } = await startRun(this.db, this.isoNow());
    if (!initial.folderId || !clock) return { kind: 'notJoined' };
    this.lastDeviceId = clock.deviceId;
    try {
      // What the run reads first is asked together with the folder check and used only once it passed.
      const reads: EarlyReads = early?.deviceId === clock.deviceId ? early : { ...this.askEarly(clock.deviceId), local: quiet(this.readLocal(true)) };
      const verdict = await checkJoinedFolder(this.folder, initial.folderId, checkReads);
      if (!verdict.ok) return await this.pause(verdict.reason, verdict.detail);
      return await this.exchange(initial, clock, reads);
    } catch (error) {
      if (error instanceof SyncFolderError && error.code === 'missing') return await this.pause('folderMissing');
      if (error instanceof SyncFolderError && error.code === 'readOnly') return await this.pause('readOnly');
      if (error instanceof SyncFolderError && error.code === 'outside') return await this.pause('noAccess', error.message);
      const message = error instanceof Error ? error.message : String(error);
      await updateStatus(this.db, { state: 'failed', error: message, errorCode: error instanceof SyncFolderError ? error.code : undefined });
      return { kind: 'failed', message };
    }
  }

  /** Read-only requests of the start of a run (own temp files, own log, the other PCs' heads and logs), asked at once. */
  private askEarly(deviceId: string): Omit<EarlyReads, 'local'> {
    return {
      deviceId,
      tmp: quiet(this.folder.list(tmpDir(deviceId))),
      log: quiet(this.folder.list(logDir(deviceId))),
      survey: quiet(surveyFolder(this.folder, deviceId)),
    };
  }

  private async pause(reason: PauseReason, detail?: string): Promise<SyncOutcome> {
    await updateStatus(this.db, { state: 'paused', pause: detail ? { reason, detail } : { reason } });
    return detail ? { kind: 'paused', reason, detail } : { kind: 'paused', reason };
  }

  /** Cursors, clock, state and bad files (and whether ops wait to be published after the state's published seq): one read. */
  private readLocal(withOutbox = false): Promise<LocalReading> {
    const tables = withOutbox ? [OUTBOX, CURSORS, DEVICE, BAD_FILES] : [CURSORS, DEVICE, BAD_FILES];
    return this.db.transaction('r', tables, async () => {
      const [cursorRows, syncClock, state, badFileRows] = await Promise.all([
        this.db.table(CURSORS).toArray() as Promise<CursorRow[]>,
        this.db.table(DEVICE).get('clock') as Promise<DeviceClockRow | undefined>,
        readSyncState(this.db),
        this.db.table(BAD_FILES).toArray() as Promise<BadFileRow[]>,
      ]);
      const waiting = withOutbox && (await this.db.table(OUTBOX).where(':id').above(state.publishedSeq).first()) !== undefined;
      return { cursorRows, syncClock, state, badFileRows, waiting };
    });
  }

  private async exchange(initial: SyncStateRow, initialClock: DeviceClockRow, early: EarlyReads): Promise<SyncOutcome> {
    let clock = initialClock;
    let state = initial;
    await this.removeOwnTempFiles(clock.deviceId, await early.tmp);

    const own = await checkOwnLog(this.folder, this.db, clock.deviceId, state, await early.log);
    if (own.kind === 'diverged') {
      await forkToNewDevice(this.db, own.firstForeignSeq, this.isoNow());
      clock = await ensureDeviceClock(this.db);
    } else if (own.kind === 'recovered') {
      await updateSyncState(this.db, (s) => {
        s.publishedSeq = own.publishedSeq;
        s.everPublishedSeq = Math.max(s.everPublishedSeq, own.publishedSeq);
        s.lastSegment = own.lastSegment;
      });
    } else if (own.kind === 'missing') {
      // Our files are gone from the folder (deleted, or a restored folder): write the whole log again.
      await updateSyncState(this.db, (s) => {
        s.publishedSeq = 0;
        s.lastSegment = undefined;
        s.snapshotWritten = false;
        s.startedFromSnapshot = false;
      });
    }
    if (own.kind !== 'ok') state = await readSyncState(this.db);
    const folderId = state.folderId!;
    const sameId = clock.deviceId === early.deviceId;
    const watched = await watchOwnSegments(this.folder, this.db, { deviceId: clock.deviceId, folderId }, state.publishedSeq, sameId ? await early.log : undefined);
    if (watched.kind === 'diverged') {
      await forkToNewDevice(this.db, watched.firstForeignSeq, this.isoNow());
      clock = await ensureDeviceClock(this.db);
      state = await readSyncState(this.db);
    }

    // Whether ops wait to be published is read together with what the first batch needs.
    const asked = own.kind === 'ok' && watched.kind === 'ok' ? await early.local : undefined;
    let local: LocalReading | undefined = asked && asked.state.publishedSeq === state.publishedSeq ? asked : await this.readLocal(true);
    let sent = 0;
    if (local.waiting) {
      sent = await publishOutbox(this.folder, this.db, clock.deviceId, state.publishedSeq, {
        maxOpsPerSegment: this.options.maxOpsPerSegment ?? 5000,
        folderId,
        hooks: this.options.hooks,
      });
      local = undefined;
    }
    // New segments are announced before reading; otherwise head.json is written once, after reading.
    if (sent > 0) await this.writeOwnHead(clock.deviceId);

    let survey = clock.deviceId === early.deviceId ? await early.survey : undefined;
    let received = 0;
    let headChanged = false;
    let considerSnapshot = (this.options.useSnapshots ?? true) && !state.snapshotConsidered;
    let readable = new Set<string>();
    let runStatus: Partial<SyncStatusRow> = {};
    let after: { state: SyncStateRow; cursors: CursorRow[] } | undefined;
    for (;;) {
      // What this PC has, its clock and what the user accepted: one read.
      const { cursorRows, syncClock, state: loopState, badFileRows } = local ?? (await this.readLocal());
      local = undefined;
      const cursors = new Map(cursorRows.map((c) => [c.deviceId, c]));
      const nowMs = this.now();
      const reading = await readFolder(
        this.folder,
        {
          ownDeviceId: clock.deviceId,
          cursors,
          considerSnapshot,
          maxOps: this.options.maxOpsPerBatch ?? 20_000,
          nowMs: Math.max(nowMs, clockMillis(syncClock?.hlc ?? clock.hlc)),
          acceptedAhead: loopState.acceptedAhead ?? {},
        },
        survey,
      );
      survey = undefined;
      // The batch, the bad files, this run's wall clock and what head.json will say: one transaction.
      const snapshotNow = considerSnapshot;
      const batch = await this.db.transaction('rw', [...APPLY_TABLES, BAD_FILES], async () => {
        let status: Partial<SyncStatusRow> = {};
        const changeState = (state: SyncStateRow, syncClock: string | null) => {
          if (snapshotNow) {
            state.snapshotConsidered = true;
            if (reading.snapshot) {
              state.startedFromSnapshot = true;
              state.opsSinceSnapshot = appliedOps(reading);
            }
          }
          // This run's wall clock, and the clock warnings the sync screen shows (written once, at the end of the run).
          const wallNow = this.now();
          const found = clockWarnings({ heads: reading.heads, nowMs: wallNow, syncClock, state });
          state.lastWallClock = wallNow;
          state.clockJump = found.clockJump;
          status = { clockWarnings: found.warnings, heldBack: heldBack(reading.held, reading.heads) };
        };
        const result = await applyBatch(
          this.db,
          { segments: reading.segments, snapshot: reading.snapshot, extraSnapshots: reading.extraSnapshots, peers: reading.peers, nowMs, ownDeviceId: clock.deviceId, changeState },
          this.options.hooks,
        );
        await recordBadFiles(this.db, reading.bad, reading.fine, reading.present, new Date(nowMs).toISOString(), badFileRows);
        return { result, status: { ...status, skippedOps: result.skippedOps }, after: { state: result.state ?? defaultSyncState(), cursors: result.cursors } };
      });
      considerSnapshot = false;
      received += batch.result.appliedOps;
      headChanged ||= reading.segments.length > 0 || reading.snapshot !== undefined || reading.extraSnapshots.length > 0;
      readable = reading.readable;
      runStatus = batch.status;
      after = batch.after;
      if (!reading.more) break;
    }
    // The cursors in head.json tell others what this PC has; written again only if they moved.
    let headText: string | undefined;
    if (headChanged || sent === 0) {
      headText = await writeHeadFile(
        this.folder,
        { deviceId: clock.deviceId, name: after!.state.name, appVersion: this.options.appVersion, lastSeq: after!.state.publishedSeq },
        this.isoNow(),
        after!.cursors,
      );
    }
    const vanished = await this.secureVanished(readable, after!.state, after!.cursors);
    // One write for the end of the run: the head's text, what the reading found, and idle.
    await endRun(this.db, {
      ...(headText !== undefined ? { headText } : {}),
      status: { ...runStatus, vanished, state: 'idle', pause: undefined, error: undefined, errorCode: undefined, lastSuccessAt: this.isoNow() },
    });
    this.lastDeviceId = clock.deviceId;
    return { kind: 'synced', sent, received };
  }

  private async removeOwnTempFiles(deviceId: string, listed: FolderEntry[] | null): Promise<void> {
    for (const entry of listed ?? []) {
      if (entry.kind === 'file' && isTempName(entry.name)) await this.folder.removeTemp(`${tmpDir(deviceId)}/${entry.name}`);
    }
  }

  private async writeOwnHead(deviceId: string): Promise<void> {
    const [state, cursors] = await this.db.transaction('r', [DEVICE, CURSORS], () =>
      Promise.all([readSyncState(this.db), this.db.table(CURSORS).toArray() as Promise<CursorRow[]>]),
    );
    await writeHead(
      this.folder,
      this.db,
      { deviceId, name: state.name, appVersion: this.options.appVersion, lastSeq: state.publishedSeq },
      this.isoNow(),
      cursors,
    );
  }

  /**
   * A PC's device folder vanished (or its log cannot be listed) while this PC holds ops of it: a
   * snapshot of this PC, which holds them, is written now rather than after `snapshotEvery` ops,
   * so a PC joining later gets them. The sync screen names the PC.
   */
  private async secureVanished(readable: ReadonlySet<string>, state: SyncStateRow, cursors: readonly CursorRow[]): Promise<VanishedPc[]> {
    const vanished = cursors.filter((c) => (c.seq > 0 || c.ranges.length > 0) && !readable.has(c.deviceId));
    const unsecured = vanished.filter((c) => state.securedVanished?.[c.deviceId] !== c.seq);
    const written = await this.maybeWriteSnapshot(state, unsecured.length > 0);
    const secured = { ...state.securedVanished };
    if (written) for (const c of vanished) secured[c.deviceId] = c.seq;
    if (unsecured.length > 0 && written) await updateSyncState(this.db, (s) => void (s.securedVanished = secured));
    return vanished.map((c) => ({ deviceId: c.deviceId, ...(c.name !== undefined ? { name: c.name } : {}), secured: secured[c.deviceId] === c.seq }));
  }

  private async maybeWriteSnapshot(state: SyncStateRow, force: boolean): Promise<boolean> {
    const every = this.options.snapshotEvery ?? 5000;
    // A PC that started from another PC's snapshot would only write the same state again: its own is due after `every` further ops.
    if (!force && (state.snapshotWritten || state.startedFromSnapshot) && state.opsSinceSnapshot < every) return false;
    return writeSnapshot(this.folder, this.db, this.isoNow());
  }
}

function clockMillis(hlc: string | null): number {
  return hlc && isHlc(hlc) ? Date.parse(hlcInstant(hlc)) : 0;
}

/** Ops of the batch that applyBatch counts as applied (those of tables this version knows). */
function appliedOps(reading: { segments: readonly { ops: readonly { table: string }[] }[] }): number {
  let count = 0;
  for (const segment of reading.segments) for (const op of segment.ops) if (isDomainTableName(op.table)) count += 1;
  return count;
}

/** A request awaited later or never (a paused run): its error must not surface as unhandled. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Held-back segments summed per PC, with the name from its head.json. */
function heldBack(segments: readonly HeldSegment[], heads: readonly DeviceHead[]): HeldBack[] {
  const byDevice = new Map<string, HeldBack>();
  for (const segment of segments) {
    const entry = byDevice.get(segment.deviceId) ?? { deviceId: segment.deviceId, hlc: segment.hlc, ops: 0 };
    const name = heads.find((head) => head.deviceId === segment.deviceId)?.name;
    if (name !== undefined) entry.name = name;
    entry.ops += segment.ops;
    if (segment.hlc > entry.hlc) entry.hlc = segment.hlc;
    byDevice.set(segment.deviceId, entry);
  }
  return [...byDevice.values()];
}

/** Leaving keeps all local data; joining again later continues where this PC stopped. */
export async function leaveSyncFolder(db: KonventDatabase): Promise<void> {
  await updateSyncState(db, (state) => {
    state.leftFolderId = state.folderId ?? state.leftFolderId;
    state.folderId = null;
    state.folderLabel = undefined;
  });
  await db.table(DEVICE).delete('folder');
  await updateStatus(db, { state: 'idle', pause: undefined, error: undefined, errorCode: undefined, clockWarnings: [] });
}

