import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SittingPage } from '../../../../../renderer/features/sittings/SittingPage';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { createSitting } from '../../../../../renderer/db/repositories/sittingsRepository';
import { attendanceRowId } from '../../../../../renderer/db/repositories/attendanceRepository';
import { renderWithDb } from '../../../support/renderWithDb';

async function demoWithNewSitting() {
  const db = new KonventDatabase(`attendance-${Math.random()}`);
  const rows = await loadDemoData(db);
  const sitting = await createSitting(db, {
    body: 'extended',
    title: '',
    date: '2025-06-23',
    start: '14:00',
    end: '16:00',
    venue: 'Freiberg',
    hostTerritoryId: rows.territories.find((t) => t.key === 'MS')!.id,
  });
  const membershipOf = (lastName: string) => {
    const person = rows.persons.find((p) => p.lastName === lastName)!;
    return rows.memberships.find((m) => m.personId === person.id)!;
  };
  const personId = (lastName: string) => rows.persons.find((p) => p.lastName === lastName)!.id;
  const stored = (lastName: string) => db.domain('attendance').get(attendanceRowId(sitting.id, membershipOf(lastName).id));
  return { db, rows, sitting, stored, personId };
}

const group = (name: string) => screen.getByRole('radiogroup', { name: `Anwesenheit von ${name}` });
const option = (name: string, status: string) => within(group(name)).getByRole('radio', { name: status });

describe('attendance controls', () => {
  it('records a member per key and moves on to the next member; "V" preselects the standing deputy', async () => {
    const { db, sitting, stored, personId } = await demoWithNewSitting();
    const user = userEvent.setup();
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);
    await screen.findByRole('radiogroup', { name: 'Anwesenheit von Carsten Michaelis' });
    expect(screen.getByTestId('attendance-recorded')).toHaveTextContent('0 von 18 erfasst');

    option('Carsten Michaelis', 'anwesend').focus();
    await user.keyboard('a');
    await waitFor(async () => expect((await stored('Michaelis'))?.status).toBe('present'));
    await waitFor(() => expect(option('Sven Krüger', 'anwesend')).toHaveFocus());
    await waitFor(() => expect(option('Carsten Michaelis', 'anwesend')).toBeChecked());

    await user.keyboard('v');
    await waitFor(async () => expect(await stored('Krüger')).toMatchObject({ status: 'represented', deputyPersonId: personId('Beier') }));
    expect(await screen.findByRole('combobox', { name: 'Vertretung für Sven Krüger' })).toHaveDisplayValue('Dr. Lothar Beier (Erster Beigeordneter)');
    await waitFor(() => expect(option('Rico Anton', 'anwesend')).toHaveFocus());

    await user.keyboard('E');
    await waitFor(async () => expect((await stored('Anton'))?.status).toBe('excused'));
    await waitFor(() => expect(option('Thomas Hennig', 'anwesend')).toHaveFocus());
    await user.keyboard('f');
    await waitFor(async () => expect((await stored('Hennig'))?.status).toBe('absent'));

    // Arrow up goes back to Anton without changing anything; Delete clears his entry.
    await waitFor(() => expect(option('Sven Schulze', 'anwesend')).toHaveFocus());
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(option('Rico Anton', 'entschuldigt')).toHaveFocus();
    expect((await stored('Anton'))?.status).toBe('excused');
    await user.keyboard('{Delete}');
    await waitFor(async () => expect(await stored('Anton')).toBeUndefined());
    await waitFor(() => expect(screen.getByTestId('attendance-recorded')).toHaveTextContent('3 von 18 erfasst'));
  });

  it('takes a reason for "entschuldigt" and switching "vertreten" to "anwesend" drops the deputy', async () => {
    const { db, sitting, stored } = await demoWithNewSitting();
    const user = userEvent.setup();
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);
    await screen.findByRole('radiogroup', { name: 'Anwesenheit von Sven Krüger' });

    await user.click(option('Rico Anton', 'entschuldigt'));
    const reason = await screen.findByRole('textbox', { name: 'Grund für Rico Anton' });
    await user.type(reason, 'Kreistagssitzung{Enter}');
    await waitFor(async () => expect(await stored('Anton')).toMatchObject({ status: 'excused', reason: 'Kreistagssitzung' }));

    await user.click(option('Sven Krüger', 'vertreten'));
    await waitFor(async () => expect((await stored('Krüger'))?.status).toBe('represented'));
    await user.click(option('Sven Krüger', 'anwesend'));
    await waitFor(async () => expect((await stored('Krüger'))?.status).toBe('present'));
    expect((await stored('Krüger'))?.deputyPersonId).toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Vertretung für Sven Krüger' })).not.toBeInTheDocument());
  });

  it('asks before a deputy represents a second member, and writes nothing when the user says no', async () => {
    const { db, sitting, stored, personId } = await demoWithNewSitting();
    const user = userEvent.setup();
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);
    await screen.findByRole('radiogroup', { name: 'Anwesenheit von Sven Krüger' });
    await user.click(option('Sven Krüger', 'vertreten'));
    await waitFor(async () => expect((await stored('Krüger'))?.deputyPersonId).toBe(personId('Beier')));

    // Rico Anton has no standing deputy: the choice comes first, nothing is stored yet.
    await user.click(option('Rico Anton', 'vertreten'));
    const select = await screen.findByRole('combobox', { name: 'Vertretung für Rico Anton' });
    await waitFor(() => expect(select).toHaveFocus());
    expect(screen.getByText(/Es gibt keine ständige Vertretung für diesen Sitz/)).toBeInTheDocument();
    expect(await stored('Anton')).toBeUndefined();

    await user.selectOptions(select, 'Dr. Lothar Beier (Erster Beigeordneter)');
    const alert = await screen.findByText(/Lothar Beier vertritt bei dieser Sitzung bereits Sven Krüger/);
    expect(alert).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja, so eintragen' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Nein, nicht ändern' }));
    expect(await stored('Anton')).toBeUndefined();

    await user.click(option('Rico Anton', 'vertreten'));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Vertretung für Rico Anton' }), 'Dr. Lothar Beier (Erster Beigeordneter)');
    await user.click(await screen.findByRole('button', { name: 'Ja, so eintragen' }));
    await waitFor(async () =>
      expect(await stored('Anton')).toMatchObject({ status: 'represented', deputyPersonId: personId('Beier'), deputyDoubleConfirmed: true }),
    );
    expect((await stored('Krüger'))?.deputyDoubleConfirmed).toBe(true);
  });

  it('enters a new person as deputy, with German errors at the fields, and counts the quorum live', async () => {
    const { db, sitting, stored } = await demoWithNewSitting();
    const user = userEvent.setup();
    renderWithDb(<SittingPage sittingId={sitting.id} />, db);
    await screen.findByRole('radiogroup', { name: 'Anwesenheit von Sven Schulze' });
    expect(screen.getByTestId('quorum')).toHaveTextContent('Nicht beschlussfähig');
    expect(screen.getByTestId('quorum')).toHaveTextContent('0 von 18 Mitgliedern anwesend oder vertreten; erforderlich sind mehr als die Hälfte (10).');

    await user.click(option('Sven Schulze', 'vertreten'));
    await waitFor(async () => expect((await stored('Schulze'))?.status).toBe('represented'));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Vertretung für Sven Schulze' }), 'Andere Person neu erfassen …');
    const form = await screen.findByRole('form', { name: 'Neue Person als Vertretung für Sven Schulze' });
    await waitFor(() => expect(within(form).getByLabelText('Vorname')).toHaveFocus());
    await user.click(within(form).getByRole('button', { name: 'Übernehmen' }));
    expect(await within(form).findByText('Bitte den Vornamen angeben')).toBeInTheDocument();
    const personsBefore = await db.domain('persons').count();

    await user.type(within(form).getByLabelText('Vorname'), 'Knut');
    await user.type(within(form).getByLabelText('Nachname'), 'Kunze');
    await user.type(within(form).getByLabelText('Funktion'), 'Bürgermeister');
    await user.click(within(form).getByRole('button', { name: 'Übernehmen' }));
    await waitFor(async () => expect(await db.domain('persons').count()).toBe(personsBefore + 1));
    const knut = (await db.domain('persons').toArray()).find((p) => p.firstName === 'Knut')!;
    expect((await stored('Schulze'))?.deputyPersonId).toBe(knut.id);
    // The select follows the database (live query): it shows the new person as soon as the row arrives.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Vertretung für Sven Schulze' })).toHaveDisplayValue('Knut Kunze (Bürgermeister)'));
    await waitFor(() => expect(screen.getByTestId('quorum')).toHaveTextContent('1 von 18'));

    // Nine more present, typed one after the other from the first personality: 10 of 18, quorate.
    option('Silvana Bergk', 'anwesend').focus();
    for (let i = 0; i < 9; i += 1) {
      await user.keyboard('a');
      await waitFor(() => expect(screen.getByTestId('attendance-recorded')).toHaveTextContent(`${i + 2} von 18 erfasst`));
    }
    await waitFor(() => expect(screen.getByTestId('quorum')).toHaveTextContent('Beschlussfähig'));
    expect(screen.getByTestId('quorum')).toHaveTextContent('10 von 18');
  });
});
