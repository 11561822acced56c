import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KonventDatabase } from '../../../renderer/db/database';
import { loadDemoData } from '../../../renderer/db/demoData';
import { createBackupFile } from '../../../renderer/features/backup/backupFile';
import { domainTableNames } from '../../../shared/domain/tables';

const docPath = path.join(__dirname, '../../../docs/backup-format.md');

/**
 * docs/backup-format.md promises that its script gets every table out of a backup without the app.
 * This runs exactly that script (taken from the page) with plain Node against a backup made by the
 * app's own backup code, and compares what it wrote with the database.
 */
describe('docs/backup-format.md', () => {
  it('its script checks the hash and extracts every table of a real backup', async () => {
    const doc = readFileSync(docPath, 'utf8');
    const script = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(script).toBeDefined();
    const db = new KonventDatabase(`backup-doc-${Math.random()}`);
    await loadDemoData(db);
    await db.table('_device').put({ key: 'device', deviceId: '0123456789abcdef' });
    const { bytes } = await createBackupFile(db, '0.1.0', undefined, new Date('2026-03-11T13:05:00Z'));

    const dir = mkdtempSync(path.join(tmpdir(), 'konvent-backup-doc-'));
    try {
      writeFileSync(path.join(dir, 'read-backup.mjs'), script!);
      const backup = path.join(dir, 'Konvent-Sicherung-2026-03-11.konvent');
      writeFileSync(backup, bytes);
      const out = path.join(dir, 'tabellen');
      const log = execFileSync(process.execPath, [path.join(dir, 'read-backup.mjs'), backup, out], { encoding: 'utf8' });
      for (const table of db.tables) {
        const rows = JSON.parse(readFileSync(path.join(out, `${table.name}.json`), 'utf8')) as { id?: string }[];
        expect(rows, table.name).toEqual(JSON.parse(JSON.stringify(await table.toArray())));
        expect(log).toContain(`${table.name}: ${rows.length}`);
      }
      // Every domain table is described on the page.
      for (const table of domainTableNames) expect(doc, table).toContain(`| \`${table}\` |`);

      // A changed file is refused by the same script.
      const tampered = Buffer.from(bytes);
      const { gunzipSync, gzipSync } = await import('node:zlib');
      const envelope = JSON.parse(gunzipSync(tampered).toString('utf8')) as { content: { tables: { persons: { lastName: string }[] } } };
      envelope.content.tables.persons[0]!.lastName = 'Geändert';
      writeFileSync(backup, gzipSync(JSON.stringify(envelope)));
      expect(() => execFileSync(process.execPath, [path.join(dir, 'read-backup.mjs'), backup, out], { stdio: 'pipe' })).toThrow(/Prüfsumme/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
