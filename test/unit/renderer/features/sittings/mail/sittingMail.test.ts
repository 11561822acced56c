import { describe, expect, it } from 'vitest';
import roster from '../../../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../../../shared/demo/rosterToRows';
import { defaultSettings } from '../../../../../../shared/domain/settings';
import type { Sitting } from '../../../../../../shared/domain/sitting';
import { sittingRoster } from '../../../../../../shared/sittings/sittingRoster';
import { catalogs } from '../../../../../fixtures/catalogs';
import type { SittingView } from '../../../../../../renderer/features/sittings/loadSittingView';
import { mailKindOf, sittingMail } from '../../../../../../renderer/features/sittings/mail/invitationMail';

const now = '2026-11-30T09:00:00.000Z';
const rows = rosterToRows(rosterSchema.parse(roster), now);
const persons = rows.persons.map((p) => (p.lastName === 'Michaelis' || p.lastName === 'Beier' ? { ...p, email: `${p.lastName.toLowerCase()}@example.org` } : p));

function view(sitting: Sitting): SittingView {
  const personById = new Map(persons.map((p) => [p.id, p]));
  const territoryById = new Map(rows.territories.map((t) => [t.id, t]));
  const seats = sittingRoster(sitting, rows.memberships, rows.deputies, [], { persons: personById, territories: territoryById });
  return {
    sitting,
    settings: { ...defaultSettings(now), signerName: 'Anna Muster', signerFunction: 'Projektleiterin', signerOnBehalf: true, contactEmail: 'gs@example.org' },
    territories: rows.territories,
    territoryById,
    persons,
    personById,
    seats,
    holders: [],
    guests: [],
    agendaItems: [],
  };
}

const base: Sitting = {
  id: '01KSITTING0000000000000001',
  updatedAt: now,
  body: 'core',
  title: '',
  date: '2027-03-10',
  start: '14:00',
  end: '16:00',
  venue: 'Plauen',
  status: 'invited',
  invitedAt: now,
  calendarSequence: 1,
  announced: { date: '2027-03-03', start: '14:00', end: '16:00', venue: 'Plauen', sequence: 0 },
};

describe('the e-mail that goes with a letter', () => {
  it('after a move not yet told: a Terminänderung naming the old and the new date', () => {
    const v = view(base);
    expect(mailKindOf(v)).toEqual({ kind: 'change', previousDate: '2027-03-03' });
    const mail = sittingMail({ view: v, sittings: [...rows.sittings, base], messages: catalogs.de, language: 'de', kind: 'change', previousDate: '2027-03-03', today: '2026-11-30', now });
    expect(mail.draft.subject).toBe('Terminänderung: 2. Sitzung des Regionalkonvents, neuer Termin Mittwoch, 10. März 2027');
    expect(mail.draft.text).toContain('für den Mittwoch, 3. März 2027, eingeladen hatten');
    expect(mail.draft.text).toContain('Termin: Mittwoch, 10. März 2027, 14:00–16:00 Uhr');
    expect(mail.draft.text).toMatch(/Im Auftrag\nAnna Muster\nProjektleiterin/);
    expect(mail.draft.to.map((a) => a.address)).toEqual(['michaelis@example.org']);
    expect(mail.draft.cc.map((a) => a.address)).toEqual(['beier@example.org']);
    expect(mail.pdf.route).toBe(`/print/invitation/${base.id}?letter=change`);
    expect(mail.withoutEmail.map((p) => p.lastName)).toEqual(expect.arrayContaining(['Anton', 'Hennig', 'Krüger', 'Schulze', 'Burghart']));
  });

  it('after the letter told the move, the e-mail is still the Terminänderung', () => {
    const told = { ...base, announced: { date: '2027-03-10', start: '14:00', end: '16:00', venue: 'Plauen', sequence: 1, previousDate: '2027-03-03' } };
    expect(mailKindOf(view(told))).toEqual({ kind: 'change', previousDate: '2027-03-03' });
  });

  it('a cancelled invited sitting gets the Absage; a planned one gets nothing', () => {
    const cancelled = { ...base, status: 'cancelled' as const, calendarSequence: 2 };
    expect(mailKindOf(view(cancelled))).toEqual({ kind: 'cancel' });
    const mail = sittingMail({ view: view(cancelled), sittings: [cancelled], messages: catalogs.de, language: 'de', kind: 'cancel', today: '2026-11-30', now });
    expect(mail.draft.subject).toBe('Absage der Sitzung des Regionalkonvents am Mittwoch, 10. März 2027');
    expect(mail.draft.text).not.toContain('Rückmeldung bis');
    const planned = { ...base, status: 'planned' as const, invitedAt: undefined, announced: undefined };
    expect(mailKindOf(view(planned))).toBeNull();
    expect(mailKindOf(view({ ...base, announced: undefined, calendarSequence: 0 }))).toEqual({ kind: 'invitation' });
  });
});
