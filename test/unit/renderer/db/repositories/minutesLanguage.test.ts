import { describe, expect, it } from 'vitest';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { readSettings, saveSettings } from '../../../../../renderer/db/repositories/settingsRepository';
import { minutesContentHash } from '../../../../../shared/minutes/contentHash';
import { readFrozenMinutes } from '../../../../../shared/minutes/frozenMinutes';
import { shownMinutes } from '../../../../../shared/minutes/shownMinutes';
import { circulateAndApprove, completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';

const GERMAN_LINE = 'Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier';
const ENGLISH_LINE = 'Landrat Sven Krüger, represented by Erster Beigeordneter Dr. Lothar Beier';
const lines = (document: { attendance: { members: { line: string }[] } }) => document.attendance.members.map((m) => m.line);

/**
 * The attendance words of the minutes come from the document language's catalog: English minutes
 * say "represented by", German ones "vertreten durch" with the deputy's function in the accusative.
 * Approved minutes keep the language they were approved in, whatever the UI language is later.
 */
describe('the language of the minutes document', () => {
  it('draft minutes in English say "represented by" and never "vertreten"', async () => {
    const { db, sitting } = await demoDb();
    await saveSettings(db, { language: 'en' });
    const loaded = (await loadMinutes(db, sitting.id))!;
    expect(lines(loaded.document)).toContain(ENGLISH_LINE);
    expect(lines(loaded.document).join('\n')).not.toMatch(/vertreten/);
  });

  it('draft minutes in German say "vertreten durch Ersten Beigeordneten"', async () => {
    const { db, sitting } = await demoDb();
    const loaded = (await loadMinutes(db, sitting.id))!;
    expect(lines(loaded.document)).toContain(GERMAN_LINE);
  });

  it('minutes approved in German stay German after the UI switched to English, with no change reported', async () => {
    const { db, sitting, next } = await demoDb();
    await completeDraft(db, sitting.id);
    await circulateAndApprove(db, sitting.id, next);
    await saveSettings(db, { language: 'en' });
    const loaded = (await loadMinutes(db, sitting.id))!;
    const shown = shownMinutes(loaded.minutes, loaded.document, await readSettings(db));
    expect(shown.source).toBe('frozen');
    expect(lines(shown.document)).toContain(GERMAN_LINE);
    expect(shown.print?.language).toBe('de');
    expect(shown.hashMatches).toBe(true);
    expect(shown.changes).toEqual([]);
  });

  it('minutes approved in English stay English after the UI switched to German, with no change reported', async () => {
    const { db, sitting, next } = await demoDb();
    await saveSettings(db, { language: 'en' });
    await completeDraft(db, sitting.id);
    const approved = await circulateAndApprove(db, sitting.id, next);
    const frozen = readFrozenMinutes(approved.approvedDocument)!;
    expect(lines(frozen.document)).toContain(ENGLISH_LINE);
    expect(minutesContentHash(frozen.document)).toBe(approved.contentHash);
    await saveSettings(db, { language: 'de' });
    const loaded = (await loadMinutes(db, sitting.id))!;
    const shown = shownMinutes(loaded.minutes, loaded.document, await readSettings(db));
    expect(lines(shown.document)).toContain(ENGLISH_LINE);
    expect(shown.changes).toEqual([]);
  });
});
