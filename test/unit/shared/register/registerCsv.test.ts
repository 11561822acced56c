import { describe, expect, it } from 'vitest';
import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../shared/demo/rosterToRows';
import { registerCsv } from '../../../../shared/register/registerCsv';
import { registerAsOf } from '../../../../shared/register/registerView';
import { catalogs } from '../../../fixtures/catalogs';
import { NOW } from '../support/memberRows';

const rows = rosterToRows(rosterSchema.parse(roster), NOW);

describe('register CSV', () => {
  it('has a header and one row per member, with deputies and the spokesperson', () => {
    const text = registerCsv(registerAsOf(rows, '2025-09-01'), catalogs.de.members.csv);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(19);
    expect(lines[0]).toBe(
      'Kategorie;Gremium;Gebietskörperschaft;Titel;Vorname;Nachname;Funktion;Organisation;Mitglied seit;Mitglied bis;Ständige Vertretung;Sprecher des Regionalkonvents;E-Mail;Telefon',
    );
    expect(lines[1]).toBe(
      'Gebietskörperschaften;Regionalkonvent und erweiterter Regionalkonvent;Landkreis Zwickau;;Carsten;Michaelis;Landrat;Landkreis Zwickau;28.04.2025;;;seit 01.01.2025;;',
    );
    expect(lines[2]).toContain(';Sven;Krüger;Landrat;Landkreis Mittelsachsen;28.04.2025;;Erster Beigeordneter Dr. Lothar Beier;;;');
    expect(lines.find((l) => l.includes('Päßler'))).toMatch(/^Persönlichkeiten;Erweiterter Regionalkonvent;Vogtlandkreis;/);
  });
});
