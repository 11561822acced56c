import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { createSitting, markInvited, recordAnnounced } from '../../../../../renderer/db/repositories/sittingsRepository';
import { readSettings, saveSettings } from '../../../../../renderer/db/repositories/settingsRepository';
import { saveSittingChanges } from '../../../../../renderer/db/repositories/planRepository';
import { officeOf, SETTINGS_ID } from '../../../../../shared/domain/settings';
import { moveSitting } from '../../../../../shared/plan/sittingChanges';
import { announcementState, keepAnnounced } from '../../../../../shared/sittings/announcement';

describe('settings saved before the Geschäftsstelle fields existed', () => {
  it('read with the defaults for the new fields, and keep what was stored', async () => {
    const db = new KonventDatabase(`letters-settings-${Math.random()}`);
    await db.open();
    // A row as an older version wrote it: no office fields.
    await db.domain('settings').put({
      id: SETTINGS_ID,
      updatedAt: '2026-01-01T00:00:00.000Z',
      conventName: 'Regionalkonvent Südwestsachsen',
      letterhead: 'Alt',
      noticePeriodDays: 10,
      quorumRule: 'majorityOfMembers',
      language: 'de',
      agendaTemplate: [],
      signatureMembers: 2,
    } as never);
    const settings = await readSettings(db);
    expect(settings).toMatchObject({ letterhead: 'Alt', noticePeriodDays: 10, officeName: 'Geschäftsstelle Regionalkonvent Südwestsachsen', signerOnBehalf: false });
    const saved = await saveSettings(db, { contactEmail: 'geschaeftsstelle@example.org', signerOnBehalf: true });
    expect(officeOf(saved)).toMatchObject({ contactEmail: 'geschaeftsstelle@example.org', signerOnBehalf: true });
    await expect(saveSettings(db, { contactEmail: 'kein-at' })).rejects.toThrow(/emailInvalid/);
    await expect(saveSettings(db, { officePostalCode: '0911' })).rejects.toThrow(/postalCodeInvalid/);
    expect(officeOf(await readSettings(db)).contactEmail).toBe('geschaeftsstelle@example.org');
  });
});

describe('what the members were told, stored', () => {
  it('an invitation records it; a later move makes the sitting untold until the Terminänderung', async () => {
    const db = new KonventDatabase(`letters-told-${Math.random()}`);
    await loadDemoData(db);
    const sitting = await createSitting(db, { body: 'extended', title: '', date: '2026-03-11', start: '14:00', end: '16:00', venue: 'Plauen' });
    await markInvited(db, sitting.id);
    const invited = (await recordAnnounced(db, sitting.id))!;
    expect(announcementState(invited)).toEqual({ kind: 'told' });
    await saveSittingChanges(db, [keepAnnounced(invited, moveSitting(invited, { date: '2026-03-18', start: '14:00', end: '16:00' }))], [invited]);
    const moved = (await db.domain('sittings').get(sitting.id))!;
    expect(announcementState(moved)).toMatchObject({ kind: 'changeUntold', announced: { date: '2026-03-11' } });
    expect(announcementState((await recordAnnounced(db, sitting.id))!)).toEqual({ kind: 'told' });
  });
});
