import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { readBackupContent } from '../../../../../renderer/db/backup/readBackupContent';

describe('reading the database for a backup, page by page', () => {
  it('reads every row of every table once, in key order, whatever the page size', async () => {
    const db = new KonventDatabase(`read-backup-${Math.random()}`);
    await loadDemoData(db);
    const outbox = await db.table('_outbox').count();
    expect(outbox).toBeGreaterThan(100);
    const whole = await readBackupContent(db);
    for (const chunk of [1, 7, outbox, outbox + 1]) {
      const fractions: number[] = [];
      const paged = await readBackupContent(db, ({ fraction }) => fractions.push(fraction), chunk);
      expect(paged).toEqual(whole);
      expect(fractions.at(-1)).toBe(1);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    }
    for (const table of db.tables) {
      const rows = table.name.startsWith('_') ? whole.sync[table.name] : (whole.tables as Record<string, unknown[]>)[table.name];
      expect(rows, table.name).toEqual(await table.toArray());
    }
    db.close();
  });
});
