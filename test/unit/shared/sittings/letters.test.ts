import { describe, expect, it } from 'vitest';
import { addressLines, letterSalutation, postalAddressOf } from '../../../../shared/domain/letterAddress';
import type { Person } from '../../../../shared/domain/person';
import type { Sitting } from '../../../../shared/domain/sitting';
import { announcementOf, announcementState, keepAnnounced } from '../../../../shared/sittings/announcement';
import { replyByDate } from '../../../../shared/sittings/replyBy';
import { sittingNumber } from '../../../../shared/sittings/sittingNumber';
import { moveSitting } from '../../../../shared/plan/sittingChanges';

const person = (fields: Partial<Person>): Person => ({
  id: '01J0000000000000000000000A',
  updatedAt: '2026-01-01T00:00:00.000Z',
  title: '',
  firstName: 'Carsten',
  lastName: 'Michaelis',
  function: 'Landrat',
  organization: 'Landkreis Zwickau',
  email: '',
  phone: '',
  notes: '',
  ...fields,
});

describe('letter salutation and address (DIN 5008)', () => {
  it('greets personally, with the office where German letters name it', () => {
    expect(letterSalutation(person({ salutation: 'Herr' }), 'de')).toBe('Sehr geehrter Herr Landrat Michaelis,');
    expect(letterSalutation(person({ salutation: 'Frau', title: 'Dr.', firstName: 'Peggy', lastName: 'Kreller', function: 'Geschäftsführerin' }), 'de')).toBe(
      'Sehr geehrte Frau Dr. Kreller,',
    );
    expect(letterSalutation(person({ salutation: 'Frau', firstName: 'Regina', lastName: 'Kraushaar', function: 'Staatsministerin' }), 'de')).toBe(
      'Sehr geehrte Frau Staatsministerin Kraushaar,',
    );
    expect(letterSalutation(person({ salutation: 'Herr', firstName: 'Jens', lastName: 'Hertwig', function: 'Präsident der IHK-Regionalkammer Zwickau' }), 'de')).toBe(
      'Sehr geehrter Herr Hertwig,',
    );
    expect(letterSalutation(person({ firstName: 'Kim', lastName: 'Meier', function: '' }), 'de')).toBe('Guten Tag Kim Meier,');
    expect(letterSalutation(person({ salutation: 'Frau', title: 'Dr.', lastName: 'Kreller' }), 'en')).toBe('Dear Dr Kreller,');
    expect(letterSalutation(person({ salutation: 'Herr' }), 'en')).toBe('Dear Mr Michaelis,');
  });

  it('addresses the office (Dienstanschrift) or the person, and uses a colleague’s office address', () => {
    const head = person({ salutation: 'Herr', street: 'Robert-Müller-Straße 4–8', postalCode: '08056', city: 'Zwickau', addressIsOrganization: true });
    expect(addressLines(head, postalAddressOf(head))).toEqual(['Landkreis Zwickau', 'Herrn Landrat', 'Carsten Michaelis', 'Robert-Müller-Straße 4–8', '08056 Zwickau']);
    const deputy = person({ salutation: 'Herr', title: 'Dr.', firstName: 'Lothar', lastName: 'Beier', function: 'Erster Beigeordneter' });
    const address = postalAddressOf(deputy, [head, deputy]);
    expect(address).toMatchObject({ street: 'Robert-Müller-Straße 4–8', atOrganization: true });
    expect(addressLines(deputy, address)).toEqual(['Landkreis Zwickau', 'Herrn', 'Dr. Lothar Beier', 'Robert-Müller-Straße 4–8', '08056 Zwickau']);
    expect(postalAddressOf(person({ organization: 'Goldbeck GmbH' }), [head])).toBeUndefined();
  });
});

const sitting = (id: string, date: string, status: Sitting['status'], body: Sitting['body'] = 'extended'): Sitting => ({
  id,
  updatedAt: '2026-01-01T00:00:00.000Z',
  body,
  title: '',
  date,
  start: '14:00',
  end: '16:00',
  venue: 'Freiberg',
  status,
  calendarSequence: 0,
});

describe('sittingNumber', () => {
  it('counts the body’s held, invited and planned sittings up to this one; cancelled ones do not count', () => {
    const all = [
      sitting('01J00000000000000000000001', '2025-05-14', 'held'),
      sitting('01J00000000000000000000002', '2025-06-11', 'cancelled'),
      sitting('01J00000000000000000000003', '2025-07-09', 'held'),
      sitting('01J00000000000000000000004', '2025-07-01', 'held', 'core'),
      sitting('01J00000000000000000000005', '2025-09-10', 'invited'),
      sitting('01J00000000000000000000006', '2025-10-08', 'planned'),
    ];
    expect(all.map((s) => sittingNumber(s, all))).toEqual([1, undefined, 2, 1, 3, 4]);
  });
});

describe('replyByDate ("Rückmeldung bis")', () => {
  it('is the working day on or before seven days before the sitting', () => {
    expect(replyByDate('2026-03-11', '2026-02-20')).toBe('2026-03-04'); // Wednesday → Wednesday
    expect(replyByDate('2026-03-09', '2026-02-20')).toBe('2026-03-02'); // Monday → Monday
    expect(replyByDate('2026-03-15', '2026-02-20')).toBe('2026-03-06'); // Sunday 08.03. → Friday
  });
  it('skips weekends and Saxon holidays', () => {
    expect(replyByDate('2027-01-09', '2026-11-30')).toBe('2026-12-31'); // 02.01. is a Saturday, 01.01. a holiday
    expect(replyByDate('2026-03-16', '2026-02-20')).toBe('2026-03-09');
  });
  it('never lies before the letter: a short-notice letter asks for the working day before the sitting', () => {
    expect(replyByDate('2026-03-11', '2026-03-06')).toBe('2026-03-10');
    expect(replyByDate('2026-03-11', '2026-03-11')).toBe('2026-03-11');
  });
});

describe('what the members were told', () => {
  const invited = { ...sitting('01J00000000000000000000007', '2026-03-11', 'invited'), invitedAt: '2026-02-20T09:00:00.000Z' };
  it('after a move of an invited sitting they must be told, until the Terminänderung is recorded', () => {
    const moved = keepAnnounced(invited, moveSitting(invited, { date: '2026-03-18', start: '14:00', end: '16:00' }));
    expect(announcementState(moved)).toMatchObject({ kind: 'changeUntold', announced: { date: '2026-03-11' } });
    expect(announcementState({ ...moved, announced: announcementOf(moved) })).toEqual({ kind: 'told' });
    expect(announcementState({ ...moved, status: 'cancelled' })).toMatchObject({ kind: 'cancelUntold' });
    expect(announcementState(sitting('01J00000000000000000000008', '2026-03-11', 'planned'))).toEqual({ kind: 'none' });
  });
});
