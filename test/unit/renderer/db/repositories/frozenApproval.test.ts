import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../../../../renderer/db/repositories/membersRepository';
import { readMinutesVersions, startMinutesCorrection } from '../../../../../renderer/db/repositories/minutesRepository';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { readSettings, saveSettings } from '../../../../../renderer/db/repositories/settingsRepository';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { minutesContentHash } from '../../../../../shared/minutes/contentHash';
import { readFrozenVersion } from '../../../../../shared/minutes/corrections';
import { readFrozenMinutes } from '../../../../../shared/minutes/frozenMinutes';
import { shownMinutes } from '../../../../../shared/minutes/shownMinutes';
import { circulateAndApprove, completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';

const APPROVED_LINE = 'Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier';
const CHANGED_LINE = 'Landrat Sven Krüger, vertreten durch Landrat Dr. Lothar Beier';
const lines = (document: { attendance: { members: { line: string }[] } }) => document.attendance.members.map((m) => m.line);

async function approvedDemoWithChanges() {
  const demo = await demoDb();
  await completeDraft(demo.db, demo.sitting.id);
  const approved = await circulateAndApprove(demo.db, demo.sitting.id, demo.next);
  const letterhead = (await readSettings(demo.db)).letterhead;
  // After approval: Beier's function in the register, the letterhead in Einstellungen.
  const beier = demo.rows.persons.find((p) => p.lastName === 'Beier')!;
  await updatePerson(demo.db, beier.id, { ...beier, function: 'Landrat' });
  await saveSettings(demo.db, { letterhead: 'Neue Anschrift ab 2026' });
  return { ...demo, approved, letterhead };
}

describe('approval freezes the document that was approved', () => {
  it('stores the approved document and the letterhead of the day in the minutes row', async () => {
    const { db, approved, letterhead } = await approvedDemoWithChanges();
    const frozen = readFrozenMinutes(approved.approvedDocument)!;
    expect(minutesContentHash(frozen.document)).toBe(approved.contentHash);
    expect(lines(frozen.document)).toContain(APPROVED_LINE);
    expect(frozen.print?.letterhead).toBe(letterhead);
    expect((await db.domain('minutes').get(approved.id))?.approvedDocument).toBe(approved.approvedDocument);
  });

  it('still shows the approved text after persons and settings changed; the live rows read differently', async () => {
    const { db, sitting, approved, letterhead } = await approvedDemoWithChanges();
    const loaded = (await loadMinutes(db, sitting.id))!;
    expect(lines(loaded.document)).toContain(CHANGED_LINE);
    const shown = shownMinutes(loaded.minutes, loaded.document, await readSettings(db));
    expect(lines(shown.document)).toContain(APPROVED_LINE);
    expect(shown.print?.letterhead).toBe(letterhead);
    expect(shown.hashMatches).toBe(true);
    expect(minutesContentHash(shown.document)).toBe(approved.contentHash);
    expect(shown.changes).toEqual([{ part: 'attendance', lines: [CHANGED_LINE] }, { part: 'letterhead' }]);
  });

  it('keeps the approved text even when another PC rewrites attendance underneath (sync bypasses the lock)', async () => {
    const { db, sitting, approved } = await approvedDemoWithChanges();
    const attendance = await db.domain('attendance').where('sittingId').equals(sitting.id).toArray();
    for (const row of attendance) await putRow(db, 'attendance', { ...row, status: 'excused', reason: 'per Sync', deputyPersonId: undefined });
    const loaded = (await loadMinutes(db, sitting.id))!;
    const shown = shownMinutes(loaded.minutes, loaded.document, await readSettings(db));
    expect(lines(shown.document)).toContain(APPROVED_LINE);
    expect(shown.document.attendance.presentCount).toBe(readFrozenMinutes(approved.approvedDocument)!.document.attendance.presentCount);
    expect(shown.hashMatches).toBe(true);
  });

  it('a correction keeps the frozen approved version and starts the new draft from the live rows', async () => {
    const { db, sitting, approved, letterhead } = await approvedDemoWithChanges();
    const draft = await startMinutesCorrection(db, sitting.id, 'Funktion des Vertreters');
    expect(draft).toMatchObject({ status: 'draft', version: 2 });
    expect(draft.approvedDocument).toBeUndefined();
    const [version] = await readMinutesVersions(db, approved.id);
    expect(version!.contentHash).toBe(approved.contentHash);
    const frozen = readFrozenVersion(version!)!;
    expect(lines(frozen.document)).toContain(APPROVED_LINE);
    expect(frozen.print?.letterhead).toBe(letterhead);
    const loaded = (await loadMinutes(db, sitting.id))!;
    const shown = shownMinutes(loaded.minutes, loaded.document, await readSettings(db));
    expect(shown.source).toBe('live');
    expect(lines(shown.document)).toContain(CHANGED_LINE);
  });
});
