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

  it('reads a table of large rows a few rows at a time (a page is unpacked in one task)', async () => {
    const db = new KonventDatabase(`read-large-${Math.random()}`);
    const text = 'Fachkräftesicherung '.repeat(15_000);
    await db.table('_conflicts').bulkPut(Array.from({ length: 40 }, (_, i) => ({ id: `agendaItems#${String(i).padStart(2, '0')}`, table: 'agendaItems', rows: { x: [{ value: text }] } })));
    const fractions: number[] = [];
    const content = await readBackupContent(db, ({ fraction }) => fractions.push(fraction));
    expect(content.sync._conflicts).toHaveLength(40);
    const pages = fractions.slice(1).map((f, i) => Math.round((f - fractions[i]!) * 40)).filter((rows) => rows > 0);
    // 300 KB a row: the first page holds 4 rows, every later one about half a megabyte.
    expect(Math.max(...pages)).toBeLessThanOrEqual(4);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(40);
    db.close();
  });
});
