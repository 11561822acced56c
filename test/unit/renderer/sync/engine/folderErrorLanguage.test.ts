import { afterEach, describe, expect, it } from 'vitest';
import { catalogs } from '../../../../fixtures/catalogs';
import { errorText } from '../../../../../renderer/app/i18n/resolveMessage';
import { SyncFolderError, type SyncFolder } from '../../../../../shared/sync/syncFolder';
import type { SyncStatusRow } from '../../../../../renderer/db/sync/syncTables';
import { setUpOffice, testId } from '../support/simulatedPc';
import { parseHlc } from '../../../../../shared/sync/hlc';
import { SyncInvariantError } from '../../../../../shared/sync/syncInvariant';

/**
 * Issue 15.2: a failure of the sync folder is shown in the UI language. The folder's message is a
 * German technical detail ("…: die Datei ist gerade in Benutzung."); the status keeps its code, and
 * the screen words it from the catalog.
 */
let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

/** The folder with every write refused as busy (a file held open by a cloud client). */
function busyOnWrite(folder: SyncFolder): SyncFolder {
  return new Proxy(folder, {
    get(target, key, receiver) {
      if (key === 'write' || key === 'writeAtomically') {
        return () => Promise.reject(new SyncFolderError('busy', 'Schreiben: die Datei ist gerade in Benutzung.'));
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('sync folder failures in the UI language', () => {
  it('a busy folder fails the run with the code kept in the status; English and German texts from the catalog', async () => {
    const setup = await setUpOffice(['Zwickau']);
    cleanup = setup.cleanup;
    const [pc] = setup.pcs;
    await pc!.db.domain('persons').update(testId(1), { notes: 'neu' });
    pc!.folder = busyOnWrite(pc!.folder);
    pc!.restart();
    const outcome = await pc!.engine.sync();
    expect(outcome.kind).toBe('failed');
    const status = (await pc!.status()) as SyncStatusRow;
    expect(status.state).toBe('failed');
    expect(status.errorCode).toBe('busy');
    expect(catalogs.en.sync.status.folderErrors[status.errorCode!]).toBe('A file in the sync folder is in use; the next sync tries again.');
  });

  it('errorText words a folder error by its code, never its German detail', () => {
    const error = new SyncFolderError('verifyFailed', 'devices/x/log/1.jsonl ließ sich nach dem Schreiben nicht unverändert lesen.');
    expect(errorText(catalogs.en, error)).toBe('A file did not read back unchanged after writing; the next sync writes it again.');
    expect(errorText(catalogs.de, error)).toMatch(/^Eine Datei ließ sich nach dem Schreiben nicht unverändert lesen/);
    expect(errorText(catalogs.en, error)).not.toMatch(/ließ|Schreiben/);
  });

  it('a broken internal rule throws a code with its technical detail, never a sentence; the screen words it as unexpected', () => {
    let thrown: unknown;
    try {
      parseHlc('9999-99-99');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SyncInvariantError);
    expect((thrown as SyncInvariantError).message).toBe('invalidHlc: 9999-99-99');
    expect(catalogs.en.sync.status.unexpected((thrown as Error).message)).toBe(
      'An unexpected error occurred; the next sync tries again. If it stays, please report the technical detail: invalidHlc: 9999-99-99',
    );
  });
});
