import { describe, expect, it } from 'vitest';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { createSitting, markInvited, recordAnnounced, saveSittingVenue } from '../../../../../renderer/db/repositories/sittingsRepository';
import { updateTerritory } from '../../../../../renderer/db/repositories/territoriesRepository';
import { announcementState } from '../../../../../shared/sittings/announcement';
import { MinutesLockedError } from '../../../../../shared/minutes/approvalLock';
import { circulateAndApprove, completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';
import { readSettings } from '../../../../../renderer/db/repositories/settingsRepository';
import { shownMinutes } from '../../../../../shared/minutes/shownMinutes';

const address = { street: 'Robert-Müller-Straße 4–8', postalCode: '08056', city: 'Zwickau' };

async function demoWithHostAddress() {
  const demo = await demoDb();
  const host = demo.rows.territories.find((t) => t.id === demo.sitting.hostTerritoryId)!;
  const venueName = `Landratsamt ${host.seat}`;
  await updateTerritory(demo.db, host.id, { ...host, defaultVenue: venueName, venueAddress: { name: venueName, ...address, city: host.seat } });
  return { ...demo, host, venueName };
}

describe('the venue address in the database', () => {
  it('minutes of a sitting at the host\'s seat name the usual venue with its address; without one the document is as before', async () => {
    const plain = await demoDb();
    const before = (await loadMinutes(plain.db, plain.sitting.id))!.document;
    expect('venueWithAddress' in before.sitting && before.sitting.venueWithAddress !== undefined).toBe(false);

    const { db, sitting, host, venueName } = await demoWithHostAddress();
    const { document } = (await loadMinutes(db, sitting.id))!;
    expect(sitting.venue).toBe(host.seat);
    expect(document.sitting.venueWithAddress).toBe(`${venueName}, Robert-Müller-Straße 4–8, 08056 ${host.seat}`);
  });

  it('a new venue after the invitation raises the calendar sequence and asks for a Terminänderung', async () => {
    const { db } = await demoDb();
    const sitting = await createSitting(db, { body: 'extended', title: '', date: '2026-06-22', start: '10:00', end: '12:00', venue: 'Zwickau' });
    await markInvited(db, sitting.id);
    await recordAnnounced(db, sitting.id);
    const invited = (await db.domain('sittings').get(sitting.id))!;
    expect(announcementState(invited).kind).toBe('told');
    const own = { name: 'Schloss Osterstein', street: 'Schloßgrabenweg 1', postalCode: '08056', city: 'Zwickau' };
    const changed = (await saveSittingVenue(db, sitting.id, 'Schloss Osterstein', own))!;
    expect(changed.calendarSequence).toBe(invited.calendarSequence + 1);
    expect(changed.venueAddress).toEqual(own);
    expect(announcementState(changed).kind).toBe('changeUntold');
    // Saving the same again changes nothing.
    expect((await saveSittingVenue(db, sitting.id, 'Schloss Osterstein', { ...own }))!.calendarSequence).toBe(changed.calendarSequence);
    // Removing the address removes it.
    expect((await saveSittingVenue(db, sitting.id, 'Schloss Osterstein', undefined))!.venueAddress).toBeUndefined();
  });

  it('a wrong postcode is refused and nothing is written; approved minutes lock the venue', async () => {
    const { db, sitting, next } = await demoDb();
    await expect(saveSittingVenue(db, sitting.id, 'X', { name: 'X', street: '', postalCode: '123', city: '' })).rejects.toThrow('postalCodeInvalid');
    expect((await db.domain('sittings').get(sitting.id))!.venue).toBe(sitting.venue);
    await completeDraft(db, sitting.id);
    await circulateAndApprove(db, sitting.id, next);
    await expect(saveSittingVenue(db, sitting.id, 'Anderswo', undefined)).rejects.toBeInstanceOf(MinutesLockedError);
  });

  it('an address entered for the host after approval does not count as "changed since approval"', async () => {
    const { db, rows, sitting, next } = await demoDb();
    await completeDraft(db, sitting.id);
    await circulateAndApprove(db, sitting.id, next);
    const host = rows.territories.find((t) => t.id === sitting.hostTerritoryId)!;
    await updateTerritory(db, host.id, { ...host, venueAddress: { name: host.defaultVenue, ...address } });
    const loaded = (await loadMinutes(db, sitting.id))!;
    expect(loaded.document.sitting.venueWithAddress).toContain('08056');
    const shown = shownMinutes(loaded.minutes, loaded.document, await readSettings(db));
    expect(shown.document.sitting.venueWithAddress).toBeUndefined();
    expect(shown.changes).toEqual([]);
  });
});
