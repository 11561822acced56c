import { FORMAT_FILE, tmpDir } from '../../../shared/sync/folderLayout';
import { FORMAT_NAME, FORMAT_VERSION, formatFileSchema, type FormatFile } from '../../../shared/sync/formats';
import type { FolderEntry, SyncFolder } from '../../../shared/sync/syncFolder';
import type { PauseReason } from '../../db/sync/syncTables';

/**
 * konvent-sync.json decides whether this is a sync folder at all, and which one. Anything
 * unexpected pauses sync with a reason; a missing file is never read as "everything was deleted".
 */
export type FolderVerdict = { ok: true; format: FormatFile } | { ok: false; reason: PauseReason; detail?: string };

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export async function readFormatFile(folder: SyncFolder): Promise<FormatFile | 'absent' | { unreadable: string } | { newer: number }> {
  const bytes = await folder.read(FORMAT_FILE);
  if (!bytes) return 'absent';
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(bytes));
  } catch {
    return { unreadable: 'format-file: JSON' };
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if ((raw as { format?: unknown } | null)?.format === FORMAT_NAME && typeof version === 'number' && version > FORMAT_VERSION) {
    return { newer: version };
  }
  const parsed = formatFileSchema.safeParse(raw);
  if (!parsed.success) return { unreadable: `format-file: ${parsed.error.issues[0]?.path.map(String).join('.') || 'Form'}` };
  if (parsed.data.formatVersion !== FORMAT_VERSION) return { unreadable: 'format-file: formatVersion' };
  return parsed.data;
}

/** Checks the folder this PC joined before anything is read or written. */
export type FolderCheckReads = Promise<[FolderEntry[] | null, Awaited<ReturnType<typeof readFormatFile>>]>;

/** What the check reads: the chosen folder's listing and konvent-sync.json, asked at once (two round trips become one wait). */
export function askFolderCheck(folder: SyncFolder): FolderCheckReads {
  return Promise.all([folder.list(''), readFormatFile(folder)]);
}

export async function checkJoinedFolder(folder: SyncFolder, folderId: string, asked: FolderCheckReads = askFolderCheck(folder)): Promise<FolderVerdict> {
  // The listing decides first.
  const [root, format] = await asked;
  if (root === null) return { ok: false, reason: 'folderMissing' };
  if (format === 'absent') return { ok: false, reason: 'folderEmpty' };
  if ('unreadable' in format) return { ok: false, reason: 'formatUnreadable', detail: format.unreadable };
  if ('newer' in format) return { ok: false, reason: 'newerFormat', detail: String(format.newer) };
  if (format.folderId !== folderId) return { ok: false, reason: 'folderReplaced' };
  return { ok: true, format };
}

export function newFolderId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function writeFormatFile(folder: SyncFolder, deviceId: string, format: FormatFile): Promise<void> {
  await folder.writeAtomically(FORMAT_FILE, encoder.encode(JSON.stringify(format, null, 2) + '\n'), tmpDir(deviceId));
}
