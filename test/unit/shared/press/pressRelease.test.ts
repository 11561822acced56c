import { describe, expect, it } from 'vitest';
import roster from '../../../../assets/demo/roster.json';
import { rosterSchema } from '../../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../../shared/demo/rosterToRows';
import { defaultSettings } from '../../../../shared/domain/settings';
import type { Decision, AgendaItem } from '../../../../shared/domain/minutes';
import { pressFacts, type PressSources } from '../../../../shared/press/pressFacts';
import { pressReleaseText } from '../../../../shared/press/pressRelease';

const now = '2025-04-29T08:00:00.000Z';
const rows = rosterToRows(rosterSchema.parse(roster), now);
const sitting = rows.sittings.find((s) => s.date === '2025-04-28');
if (!sitting) throw new Error('demo sitting of 28.04.2025 missing');

function sources(overrides: Partial<PressSources> = {}): PressSources {
  return {
    sitting: sitting!,
    sittings: rows.sittings,
    persons: rows.persons,
    memberships: rows.memberships,
    deputies: rows.deputies,
    roles: rows.roles,
    territories: rows.territories,
    attendance: rows.attendance,
    guests: rows.guests,
    agendaItems: rows.agendaItems,
    decisions: [],
    settings: { ...defaultSettings(now), contactName: 'Anna Muster', contactPhone: '+49 371 123456', contactEmail: 'presse@example.org' },
    releaseDate: '2025-04-29',
    ...overrides,
  };
}

describe('press release of the demo sitting of 28.04.2025 in Zwickau', () => {
  const text = pressReleaseText(pressFacts(sources()));

  it('states every fact of the convent’s own release, correctly declined', () => {
    // Date and place, host.
    expect(text).toContain('Am Montag, 28. April 2025, kam der Regionalkonvent Südwestsachsen auf Einladung des Landkreises Zwickau');
    expect(text.split('\n')[0]).toBe('Regionalkonvent Südwestsachsen tagte in Zwickau');
    // Members with functions, both representations in the accusative after "durch".
    expect(text).toContain('Landrat Carsten Michaelis');
    expect(text).toContain('Landrat Rico Anton');
    expect(text).toContain('Landrat Thomas Hennig');
    expect(text).toContain('Mittelsachsen (Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier)');
    expect(text).toContain('der Stadt Chemnitz (Oberbürgermeister Sven Schulze, vertreten durch Bürgermeister Ralph Burghart)');
    expect(text).not.toContain('durch Erster Beigeordneter');
    // The guest, in the accusative after "begrüßte" (Staatsministerin does not change).
    expect(text).toContain('Als Gast begrüßte der Regionalkonvent Staatsministerin Regina Kraushaar.');
    // The territories in the dative, the way the convent writes it.
    expect(text).toMatch(/Der Regionalkonvent besteht aus den Landkreisen Zwickau \(Landrat Carsten Michaelis\), Mittelsachsen \(.*\), dem Erzgebirgskreis \(Landrat Rico Anton\) und dem Vogtlandkreis \(Landrat Thomas Hennig\) sowie der Stadt Chemnitz/);
  });

  it('is plain prose: a quote placeholder and the contact block, no field names', () => {
    expect(text).toContain('„[Zitat einfügen]“');
    expect(text).toContain('Pressekontakt:\nGeschäftsstelle Regionalkonvent Südwestsachsen');
    expect(text).toContain('Telefon: +49 371 123456');
    expect(text).not.toMatch(/\{|\}|undefined|null|NaN|\$\{/);
  });

  it('never mentions non-public items or their decisions', () => {
    const items: AgendaItem[] = [
      { id: 'a1', updatedAt: now, sittingId: sitting!.id, position: 1, title: 'Projektzeitplan', public: true, notes: '' },
      { id: 'a2', updatedAt: now, sittingId: sitting!.id, position: 2, title: 'Personalangelegenheit Geheim', public: false, notes: '' },
    ];
    const decisions: Decision[] = [
      { id: 'd1', updatedAt: now, agendaItemId: 'a1', position: 1, wording: 'Der Zeitplan wird beschlossen.', unanimous: true, result: 'accepted' },
      { id: 'd2', updatedAt: now, agendaItemId: 'a2', position: 1, wording: 'Vertrauliche Personalentscheidung.', votes: { yes: 3, no: 1, abstain: 1 }, result: 'accepted' },
    ];
    const withItems = pressReleaseText(pressFacts(sources({ agendaItems: items, decisions })));
    expect(withItems).toContain('„Projektzeitplan“');
    expect(withItems).toContain('Der Zeitplan wird beschlossen. (einstimmig angenommen)');
    expect(withItems).not.toContain('Geheim');
    expect(withItems).not.toContain('Vertrauliche');
  });
});

describe('grammar pieces', () => {
  it('names every host in the genitive', () => {
    const expected: Record<string, string> = {
      Z: 'auf Einladung des Landkreises Zwickau',
      MS: 'auf Einladung des Landkreises Mittelsachsen',
      ERZ: 'auf Einladung des Erzgebirgskreises',
      V: 'auf Einladung des Vogtlandkreises',
      C: 'auf Einladung der Stadt Chemnitz',
    };
    for (const territory of rows.territories) {
      const text = pressReleaseText(pressFacts(sources({ sitting: { ...sitting!, hostTerritoryId: territory.id } })));
      expect(text).toContain(expected[territory.key]);
    }
  });
});
