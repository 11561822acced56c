import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoDatabase, renderMembersAt } from './renderMembers';
import { findGroup, typeDateField } from '../../../support/dateFields';


describe('Mitglied hinzufügen', () => {
  it('shows every problem at its field, focuses the first, and saves nothing', async () => {
    const { db } = await demoDatabase();
    const before = { persons: await db.domain('persons').count(), memberships: await db.domain('memberships').count() };
    await renderMembersAt('/members/member/new', db);
    await userEvent.selectOptions(await screen.findByLabelText('Kategorie'), 'head');
    await typeDateField('Mitglied ab', '');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte eine Person auswählen oder eine neue anlegen')).toBeInTheDocument();
    expect(screen.getByText('Bitte die Gebietskörperschaft angeben')).toBeInTheDocument();
    expect(screen.getByText('Bitte angeben, ab wann die Person Mitglied ist')).toBeInTheDocument();
    expect(screen.getByLabelText('Person')).toHaveFocus();
    expect({ persons: await db.domain('persons').count(), memberships: await db.domain('memberships').count() }).toEqual(before);
  });

  it('asks for the name of a new person and rejects a last day before the start', async () => {
    const { db } = await demoDatabase();
    const before = await db.domain('persons').count();
    await renderMembersAt('/members/member/new', db);
    await userEvent.selectOptions(await screen.findByLabelText('Person'), 'new');
    await userEvent.type(screen.getByLabelText('Vorname'), 'Erika');
    await typeDateField('Mitglied ab', '2026-01-01');
    await typeDateField('Letzter Tag der Mitgliedschaft', '2025-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte den Nachnamen angeben')).toBeInTheDocument();
    expect(screen.getByText('Der letzte Tag darf nicht vor dem Beginn liegen')).toBeInTheDocument();
    expect(screen.getByLabelText('Nachname')).toHaveFocus();
    expect(await db.domain('persons').count()).toBe(before);
  });

  it('refuses a second Landrat for the same days, naming the overlap at the start field', async () => {
    const { db, rows } = await demoDatabase();
    const before = await db.domain('memberships').count();
    await renderMembersAt('/members/member/new', db);
    await userEvent.selectOptions(await screen.findByLabelText('Person'), 'new');
    await userEvent.type(screen.getByLabelText('Vorname'), 'Dirk');
    await userEvent.type(screen.getByLabelText('Nachname'), 'Vorgänger');
    await userEvent.selectOptions(screen.getByLabelText('Kategorie'), 'head');
    await userEvent.selectOptions(screen.getByLabelText('Gebietskörperschaft'), rows.territories.find((t) => t.key === 'MS')!.id);
    await typeDateField('Mitglied ab', '2021-08-01');
    await typeDateField('Letzter Tag der Mitgliedschaft', '2025-04-30');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(
      await screen.findByText(/Überschneidung auf diesem Sitz mit der Mitgliedschaft von Sven Krüger \(seit 28\.04\.2025\): vom 28\.04\.2025 bis 30\.04\.2025\./),
    ).toBeInTheDocument();
    expect(findGroup('Mitglied ab').contains(document.activeElement)).toBe(true);
    expect(await db.domain('memberships').count()).toBe(before);
    expect(await db.domain('persons').where('lastName').equals('Vorgänger').count()).toBe(0);

    // Corrected: the predecessor ends the day before Krüger starts. Saved on the same seat.
    await typeDateField('Letzter Tag der Mitgliedschaft', '2025-04-27');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sitz und Verlauf: Landrat · Landkreis Mittelsachsen' })).toBeInTheDocument();
    expect(await screen.findByText('Dirk Vorgänger wurde als Mitglied eingetragen.')).toBeInTheDocument();
    expect(screen.getByText('01.08.2021 – 27.04.2025')).toBeInTheDocument();
    expect(await db.domain('memberships').count()).toBe(before + 1);
  });
});

describe('Nachfolge eintragen', () => {
  it('refuses a change date before the current membership started and saves nothing', async () => {
    const { db, membershipOf } = await demoDatabase();
    const before = await db.domain('memberships').count();
    await renderMembersAt(`/members/seat/${membershipOf('Krüger').seatId}/succession`, db);
    await typeDateField('Wechsel zum', '2025-01-01');
    await userEvent.selectOptions(screen.getByLabelText('Nachfolgerin oder Nachfolger'), membershipOf('Dix').personId);
    await userEvent.click(screen.getByRole('button', { name: 'Nachfolge eintragen' }));
    expect(await screen.findByText('Der Wechsel muss nach dem Beginn der bisherigen Mitgliedschaft (28.04.2025) liegen.')).toBeInTheDocument();
    expect(findGroup('Wechsel zum').contains(document.activeElement)).toBe(true);
    expect(await db.domain('memberships').count()).toBe(before);
  });

  it('records a succession with an existing person, without carrying the deputy over when unticked', async () => {
    const { db, membershipOf, person } = await demoDatabase();
    const krueger = membershipOf('Krüger');
    await renderMembersAt(`/members/seat/${krueger.seatId}/succession`, db);
    await typeDateField('Wechsel zum', '2026-10-01');
    expect(screen.queryByRole('option', { name: /^Krüger, Sven/ })).not.toBeInTheDocument(); // not their own successor
    await userEvent.selectOptions(screen.getByLabelText('Nachfolgerin oder Nachfolger'), person('Kunze').id);
    await userEvent.click(screen.getByRole('checkbox', { name: /Erster Beigeordneter Dr. Lothar Beier/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Nachfolge eintragen' }));
    expect(await screen.findByText('Nachfolge eingetragen: Kerstin Kunze ab 01.10.2026.')).toBeInTheDocument();
    const seat = await db.domain('memberships').where('seatId').equals(krueger.seatId).sortBy('validFrom');
    expect(seat.map((m) => [m.personId, m.validFrom, m.validTo])).toEqual([
      [krueger.personId, '2025-04-28', '2026-10-01'],
      [person('Kunze').id, '2026-10-01', undefined],
    ]);
    expect(await db.domain('deputies').where('membershipId').equals(seat[1]!.id).count()).toBe(0);
    expect((await db.domain('deputies').where('membershipId').equals(krueger.id).first())?.validTo).toBe('2026-10-01');
  });
});

describe('standing deputy form', () => {
  it('refuses a deputy starting before the membership, and adds a valid one after the first', async () => {
    const { db, membershipOf, person } = await demoDatabase();
    const schulze = membershipOf('Schulze');
    await renderMembersAt(`/members/membership/${schulze.id}/deputy/new`, db);
    await userEvent.selectOptions(await screen.findByLabelText('Vertretung'), person('Bergk').id);
    await typeDateField('Vertretung ab', '2025-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Die Vertretung kann frühestens mit der Mitgliedschaft beginnen (28.04.2025).')).toBeInTheDocument();
    expect(await db.domain('deputies').where('membershipId').equals(schulze.id).count()).toBe(1);

    await typeDateField('Vertretung ab', '2025-06-01');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () => expect(await db.domain('deputies').where('membershipId').equals(schulze.id).count()).toBe(2));
    const rows = await screen.findAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('1.Bürgermeister Ralph Burghart'), expect.stringContaining('2.Silvana Bergk, Leiterin Geschäftsbereich Wirtschaft')]),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Nach oben: Silvana Bergk' }));
    await waitFor(async () => {
      const ordered = await db.domain('deputies').where('membershipId').equals(schulze.id).sortBy('position');
      expect(ordered.map((d) => d.personId)).toEqual([person('Bergk').id, person('Burghart').id]);
    });
  });
});
