import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoDatabase, renderMembersAt } from './renderMembers';

describe('person form', () => {
  it('shows the German message at the field, focuses it, and saves nothing while invalid', async () => {
    const { db } = await demoDatabase();
    const before = await db.domain('persons').count();
    await renderMembersAt('/members/person/new', db);
    await userEvent.type(await screen.findByLabelText('Vorname'), 'Erika');
    await userEvent.type(screen.getByLabelText('E-Mail'), 'erika@');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const lastName = screen.getByLabelText('Nachname');
    expect(await screen.findByText('Bitte den Nachnamen angeben')).toBeInTheDocument();
    expect(screen.getByText('Bitte eine gültige E-Mail-Adresse angeben')).toBeInTheDocument();
    expect(lastName).toHaveFocus();
    expect(lastName).toHaveAttribute('aria-invalid', 'true');
    expect(await db.domain('persons').count()).toBe(before);
  });

  it('saves a valid new person and opens it', async () => {
    const { db } = await demoDatabase();
    await renderMembersAt('/members/person/new', db);
    await userEvent.type(await screen.findByLabelText('Vorname'), 'Erika');
    await userEvent.type(screen.getByLabelText('Nachname'), 'Müller-Lüdenscheid');
    await userEvent.type(screen.getByLabelText('Funktion'), 'Zweite Beigeordnete');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () => expect(await db.domain('persons').where('lastName').equals('Müller-Lüdenscheid').count()).toBe(1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Person: Erika Müller-Lüdenscheid' })).toBeInTheDocument();
  });

  it('edits an existing person', async () => {
    const { db, person } = await demoDatabase();
    await renderMembersAt(`/members/person/${person('Beier').id}`, db);
    const phone = await screen.findByLabelText('Telefon');
    await userEvent.type(phone, '03731 799-0');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () => expect((await db.domain('persons').get(person('Beier').id))?.phone).toBe('03731 799-0'));
    expect(await screen.findByText('Die Person wurde gespeichert.')).toBeInTheDocument();
  });

  it('keeps the form of address, the accusative of the function and the postal address for letters', async () => {
    const { db, person } = await demoDatabase();
    await renderMembersAt(`/members/person/${person('Beier').id}`, db);
    const accusative = await screen.findByLabelText('Funktion nach „durch“ (Akkusativ)');
    // The rule's form is shown as the hint, so the user sees when to override it.
    expect(accusative).toHaveAccessibleDescription('Leer lassen, dann gilt die Regel: „vertreten durch Ersten Beigeordneten“.');
    expect(screen.getByLabelText('Anrede')).toHaveDisplayValue('Herr');
    await userEvent.type(screen.getByLabelText('Straße und Hausnummer'), 'Frauensteiner Straße 43');
    await userEvent.type(screen.getByLabelText('PLZ'), '0959');
    await userEvent.type(screen.getByLabelText('Ort'), 'Freiberg');
    await userEvent.click(screen.getByLabelText('Dienstanschrift: die Organisation steht in der Anschrift'));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte eine fünfstellige Postleitzahl angeben')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('PLZ'), '9');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () =>
      expect(await db.domain('persons').get(person('Beier').id)).toMatchObject({
        street: 'Frauensteiner Straße 43',
        postalCode: '09599',
        city: 'Freiberg',
        addressIsOrganization: true,
        salutation: 'Herr',
      }),
    );
  });
});
