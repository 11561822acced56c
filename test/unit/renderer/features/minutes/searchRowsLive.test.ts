import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { minutesSearchIndex, readSearchRows, type SearchRows } from '../../../../../renderer/features/minutes/minutesSearch';
import { demoDb } from '../../../../fixtures/demoMinutesDb';

/** The next value of a live query that satisfies `done`. */
function nextValue<T>(query: () => Promise<T>, done: (value: T) => boolean): { value: Promise<T>; stop: () => void } {
  let stop = () => undefined as void;
  const value = new Promise<T>((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({ next: (v) => done(v) && resolve(v), error: reject });
    stop = () => subscription.unsubscribe();
  });
  return { value, stop };
}

// Issue 17: Protokolle reads the minutes texts again only after a change. The search must never be stale.
describe('the search rows kept between visits', () => {
  it('are read once while nothing changes, and read anew by a live query after any change, from this or another window', async () => {
    const { db, sitting } = await demoDb();
    const item = await putRow(db, 'agendaItems', { id: '01JV00000000000000000SRCH1', updatedAt: '', sittingId: sitting.id, position: 90, title: 'Suchtest', public: true, notes: 'Erste Fassung' });
    const first = await readSearchRows(db);
    expect(await readSearchRows(db)).toBe(first);

    // A change in this window: the live query runs again and finds the new text.
    const live = nextValue(
      () => readSearchRows(db),
      (rows: SearchRows) => rows.agendaItems.some((i) => i.id === item.id && i.notes.includes('Zweite Fassung')),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await putRow(db, 'agendaItems', { ...item, notes: 'Zweite Fassung mit Fachkräftesicherung' });
    const rows = await live.value;
    live.stop();
    expect(minutesSearchIndex(db, rows).find('fachkraeftesicherung').map((d) => d.id)).toEqual([item.id]);

    // Another window (another connection to the same database) deletes the item: read anew here too.
    const other = new KonventDatabase(db.name);
    await other.open();
    const gone = nextValue(
      () => readSearchRows(db),
      (next: SearchRows) => !next.agendaItems.some((i) => i.id === item.id),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await other.domain('agendaItems').delete(item.id);
    const after = await gone.value;
    gone.stop();
    other.close();
    expect(minutesSearchIndex(db, after).find('fachkraeftesicherung')).toEqual([]);
    // Decisions, action items and sittings count as changes too.
    const before = await readSearchRows(db);
    await db.domain('sittings').put({ ...sitting, title: 'Umbenannt' });
    expect(await readSearchRows(db)).not.toBe(before);
  });
});
