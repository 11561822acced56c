import { describe, expect, it, vi } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { runDailyBackupIfDue } from '../../../../../renderer/features/backup/dailyBackup';
import { readBackupFile } from '../../../../../renderer/features/backup/backupFile';
import type { BackupFolderHost, BackupFolderState } from '../../../../../renderer/platform/platformBridge';

function host(state: BackupFolderState): BackupFolderHost & { written: { name: string; bytes: Uint8Array; kind: string }[] } {
  const written: { name: string; bytes: Uint8Array; kind: string }[] = [];
  return {
    written,
    status: vi.fn(async () => state),
    choose: vi.fn(async () => state),
    grantAccess: vi.fn(async () => state),
    write: vi.fn(async (name: string, bytes: Uint8Array, kind: 'daily' | 'safety') => {
      written.push({ name, bytes, kind });
      return { savedAs: name, removed: [] };
    }),
  };
}

describe('automatic daily backup', () => {
  const now = new Date('2026-03-11T09:30:00+01:00');

  it('writes today\'s backup when the folder has none for today, and a good one', async () => {
    const db = new KonventDatabase(`daily-${Math.random()}`);
    await loadDemoData(db);
    const folder = host({ state: 'ready', folder: 'Sicherungen', latestDaily: '2026-03-10' });
    expect(await runDailyBackupIfDue(db, folder, '0.1.0', now)).toEqual({ kind: 'written', fileName: 'Konvent-Sicherung-2026-03-11.konvent' });
    expect(folder.written).toHaveLength(1);
    expect(folder.written[0]?.kind).toBe('daily');
    const decoded = await readBackupFile(db, folder.written[0]?.bytes ?? new Uint8Array());
    expect(decoded.ok).toBe(true);
  });

  it('does nothing when today\'s backup exists, no folder is usable, or nothing is set up yet', async () => {
    const db = new KonventDatabase(`daily-${Math.random()}`);
    const empty = host({ state: 'ready', folder: 'Sicherungen', latestDaily: null });
    expect(await runDailyBackupIfDue(db, empty, '0.1.0', now)).toEqual({ kind: 'nothing-to-save' });
    await loadDemoData(db);
    for (const state of [
      { state: 'ready', folder: 'S', latestDaily: '2026-03-11' },
      { state: 'none' },
      { state: 'unavailable', folder: 'S' },
      { state: 'needs-permission', folder: 'S' },
      { state: 'unsupported' },
    ] as BackupFolderState[]) {
      const folder = host(state);
      expect((await runDailyBackupIfDue(db, folder, '0.1.0', now)).kind).not.toBe('written');
      expect(folder.written).toEqual([]);
    }
  });

  it('reports a failed write instead of throwing', async () => {
    const db = new KonventDatabase(`daily-${Math.random()}`);
    await loadDemoData(db);
    const folder = host({ state: 'ready', folder: 'S', latestDaily: null });
    vi.mocked(folder.write).mockRejectedValueOnce(new Error('Der Sicherungsordner ist nicht erreichbar.'));
    expect(await runDailyBackupIfDue(db, folder, '0.1.0', now)).toEqual({ kind: 'failed', reason: 'Der Sicherungsordner ist nicht erreichbar.' });
  });
});
