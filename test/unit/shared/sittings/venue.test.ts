import { describe, expect, it } from 'vitest';
import { sittingSchema } from '../../../../shared/domain/sitting';
import { territorySchema } from '../../../../shared/domain/territory';
import { venueAddressFromForm } from '../../../../shared/domain/venueAddress';
import { sittingVenue, venueLine } from '../../../../shared/sittings/venue';
import { announcementOf, announcementState } from '../../../../shared/sittings/announcement';
import { lockedSittingFieldsChanged } from '../../../../shared/minutes/lockedSittingFields';

const landratsamt = { name: 'Landratsamt Zwickau', street: 'Robert-Müller-Straße 4–8', postalCode: '08056', city: 'Zwickau' };
const host = { defaultVenue: 'Landratsamt Zwickau', seat: 'Zwickau', venueAddress: landratsamt };
const sitting = {
  id: '01JV0000000000000000000S1T',
  updatedAt: '2026-03-01T00:00:00.000Z',
  body: 'extended' as const,
  title: '',
  date: '2026-04-27',
  start: '10:00',
  end: '12:00',
  venue: 'Zwickau',
  status: 'planned' as const,
  calendarSequence: 0,
};

describe('a sitting\'s venue with its postal address', () => {
  it('a sitting at the host\'s seat or usual venue gets the usual venue with its address', () => {
    expect(venueLine(sittingVenue({ venue: 'Zwickau' }, host))).toBe('Landratsamt Zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau');
    expect(venueLine(sittingVenue({ venue: 'landratsamt zwickau' }, host))).toBe('landratsamt zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau');
    expect(venueLine(sittingVenue({ venue: '' }, host))).toBe('Landratsamt Zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau');
  });

  it('a venue elsewhere keeps its own address, or stays text only without one', () => {
    const own = { name: 'Schloss Osterstein', street: 'Schloßgrabenweg 1', postalCode: '08056', city: 'Zwickau' };
    expect(venueLine(sittingVenue({ venue: 'Schloss Osterstein', venueAddress: own }, host))).toBe('Schloss Osterstein, Schloßgrabenweg 1, 08056 Zwickau');
    expect(venueLine(sittingVenue({ venue: 'Schloss Osterstein' }, host))).toBe('Schloss Osterstein');
  });

  it('an address entered for another venue name (the plan swapped the venue) is not printed under the new name', () => {
    const own = { name: 'Schloss Osterstein', street: 'Schloßgrabenweg 1', postalCode: '08056', city: 'Zwickau' };
    expect(venueLine(sittingVenue({ venue: 'Zwickau', venueAddress: own }, host))).toBe('Landratsamt Zwickau, Robert-Müller-Straße 4–8, 08056 Zwickau');
    expect(venueLine(sittingVenue({ venue: 'Plauen', venueAddress: own }, undefined))).toBe('Plauen');
  });

  it('a venue that is only its town is not repeated', () => {
    expect(venueLine({ name: 'Zwickau', street: 'Hauptmarkt 1', postalCode: '08056', city: 'Zwickau' })).toBe('Hauptmarkt 1, 08056 Zwickau');
  });

  it('old rows without an address still parse; a wrong postcode is refused with its code', () => {
    expect(sittingSchema.safeParse(sitting).success).toBe(true);
    const wrong = sittingSchema.safeParse({ ...sitting, venueAddress: { ...landratsamt, postalCode: '8056' } });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('postalCodeInvalid');
    const territory = { id: '01JV0000000000000000000TER', updatedAt: sitting.updatedAt, key: 'Z', name: 'Landkreis Zwickau', kind: 'Landkreis', headTitle: 'Landrat', seat: 'Zwickau', defaultVenue: 'Zwickau', rotationIndex: 0 };
    expect(territorySchema.safeParse(territory).success).toBe(true);
    expect(territorySchema.safeParse({ ...territory, venueAddress: landratsamt }).success).toBe(true);
  });

  it('a form with nothing typed in stores no address', () => {
    expect(venueAddressFromForm('Zwickau', { venueStreet: ' ', venuePostalCode: '', venueCity: '' })).toBeUndefined();
    expect(venueAddressFromForm(' Landratsamt Zwickau ', { venueStreet: 'Robert-Müller-Straße 4–8', venuePostalCode: '08056', venueCity: 'Zwickau' })).toEqual(landratsamt);
  });

  it('a new address after the invitation must be told; it is a locked fact of approved minutes', () => {
    const invited = { ...sitting, status: 'invited' as const, invitedAt: '2026-04-01T08:00:00.000Z', announced: announcementOf(sitting) };
    expect(announcementState(invited).kind).toBe('told');
    const moved = { ...invited, venue: 'Landratsamt Zwickau', venueAddress: landratsamt, calendarSequence: 1 };
    expect(announcementState(moved).kind).toBe('changeUntold');
    expect(lockedSittingFieldsChanged(invited, { ...invited, venueAddress: landratsamt })).toEqual(['venueAddress']);
    expect(lockedSittingFieldsChanged({ ...invited, venueAddress: landratsamt }, { ...invited, venueAddress: { ...landratsamt } })).toEqual([]);
  });
});
