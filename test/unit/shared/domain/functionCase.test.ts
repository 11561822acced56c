import { describe, expect, it } from 'vitest';
import rosterJson from '../../../../assets/demo/roster.json';
import { attendanceLine, type AttendanceWords } from '../../../../shared/domain/attendanceText';
import { functionAccusative, isLongFunction, nameWithFunction } from '../../../../shared/domain/functionCase';
import type { Person } from '../../../../shared/domain/person';
import type { Attendance } from '../../../../shared/domain/sitting';

/** Every function in the brief and in the demo data, with the accusative a German reader expects. */
const accusatives: Record<string, string> = {
  'Erster Beigeordneter': 'Ersten Beigeordneten',
  'Erste Beigeordnete': 'Erste Beigeordnete',
  Bürgermeister: 'Bürgermeister',
  Oberbürgermeister: 'Oberbürgermeister',
  Präsident: 'Präsidenten',
  Vizepräsident: 'Vizepräsidenten',
  Präsidentin: 'Präsidentin',
  Landtagsabgeordneter: 'Landtagsabgeordneten',
  Landtagsabgeordnete: 'Landtagsabgeordnete',
  Abgeordneter: 'Abgeordneten',
  Vorsitzender: 'Vorsitzenden',
  Vorsitzende: 'Vorsitzende',
  Beauftragter: 'Beauftragten',
  Staatsministerin: 'Staatsministerin',
  Staatsminister: 'Staatsminister',
  Landrat: 'Landrat',
  Landrätin: 'Landrätin',
  Referent: 'Referenten',
  Dezernent: 'Dezernenten',
  Geschäftsführer: 'Geschäftsführer',
  Geschäftsführerin: 'Geschäftsführerin',
  'Stellvertretender Landrat': 'Stellvertretenden Landrat',
  'Leiterin Referat Wirtschaftsförderung und Kreisentwicklung': 'Leiterin Referat Wirtschaftsförderung und Kreisentwicklung',
  'Leiterin Geschäftsbereich Wirtschaft': 'Leiterin Geschäftsbereich Wirtschaft',
  'Amtsleiterin Amt für Wirtschaft und Bildung': 'Amtsleiterin Amt für Wirtschaft und Bildung',
  'Projektmanager Masterplan Region Chemnitz/Südwestsachsen': 'Projektmanager Masterplan Region Chemnitz/Südwestsachsen',
  'Präsident der IHK-Regionalkammer Zwickau und Vizepräsident der IHK Chemnitz':
    'Präsidenten der IHK-Regionalkammer Zwickau und Vizepräsidenten der IHK Chemnitz',
  'Vorsitzender des Aufsichtsrats': 'Vorsitzenden des Aufsichtsrats',
};

describe('functionAccusative', () => {
  for (const [nominative, accusative] of Object.entries(accusatives)) {
    it(`durch ${accusative} (${nominative})`, () => {
      expect(functionAccusative(nominative)).toBe(accusative);
    });
  }

  it('knows every function of the demo data', () => {
    const roster = rosterJson as { members: { function: string }[]; deputies: { deputy: { function: string } }[]; sittings: { guests?: { function: string }[] }[] };
    const functions = new Set([
      ...roster.members.map((m) => m.function),
      ...roster.deputies.map((d) => d.deputy.function),
      ...roster.sittings.flatMap((s) => (s.guests ?? []).map((g) => g.function)),
    ]);
    for (const fn of functions) expect(accusatives, fn).toHaveProperty([fn]);
  });
});

describe('nameWithFunction', () => {
  it('puts short functions before the name and long ones after it, with a comma', () => {
    expect(nameWithFunction('Dr. Lothar Beier', 'Erster Beigeordneter', 'accusative')).toBe('Ersten Beigeordneten Dr. Lothar Beier');
    expect(nameWithFunction('Jens Hertwig', 'Präsident der IHK-Regionalkammer Zwickau und Vizepräsident der IHK Chemnitz', 'nominative')).toBe(
      'Jens Hertwig, Präsident der IHK-Regionalkammer Zwickau und Vizepräsident der IHK Chemnitz',
    );
    expect(isLongFunction('Erster Beigeordneter')).toBe(false);
    expect(isLongFunction('Leiterin Geschäftsbereich Wirtschaft')).toBe(true);
  });

  it('uses the stored accusative where the person has one', () => {
    expect(nameWithFunction('Kim Meier', 'Kämmerer', 'accusative', 'Kämmerer (komm.)')).toBe('Kämmerer (komm.) Kim Meier');
    expect(nameWithFunction('Kim Meier', 'Kämmerer', 'nominative', 'Kämmerer (komm.)')).toBe('Kämmerer Kim Meier');
  });
});

const person = (firstName: string, lastName: string, fn: string, title = ''): Person => ({
  id: '01J0000000000000000000000A',
  updatedAt: '2026-01-01T00:00:00.000Z',
  title,
  firstName,
  lastName,
  function: fn,
  organization: '',
  email: '',
  phone: '',
  notes: '',
});
const represented: Attendance = {
  id: '01J0000000000000000000000B',
  updatedAt: '2026-01-01T00:00:00.000Z',
  sittingId: '01J0000000000000000000000C',
  membershipId: '01J0000000000000000000000D',
  status: 'represented',
  deputyPersonId: '01J0000000000000000000000A',
};

describe('attendanceLine', () => {
  const krueger = person('Sven', 'Krüger', 'Landrat');
  it('declines the deputy after "vertreten durch"', () => {
    expect(attendanceLine(krueger, represented, person('Lothar', 'Beier', 'Erster Beigeordneter', 'Dr.'))).toBe(
      'Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier',
    );
    expect(attendanceLine(krueger, represented, person('Anna', 'Beier', 'Erste Beigeordnete'))).toBe(
      'Landrat Sven Krüger, vertreten durch Erste Beigeordnete Anna Beier',
    );
    expect(attendanceLine(krueger, represented, person('Jens', 'Hertwig', 'Präsident der IHK-Regionalkammer Zwickau und Vizepräsident der IHK Chemnitz'))).toBe(
      'Landrat Sven Krüger, vertreten durch Jens Hertwig, Präsidenten der IHK-Regionalkammer Zwickau und Vizepräsidenten der IHK Chemnitz',
    );
  });

  it('takes its words from the catalog: English says "represented by"', () => {
    const english: AttendanceWords = { representedBy: 'represented by', represented: 'represented', excused: 'excused', absent: 'absent', deputyCase: 'nominative' };
    expect(attendanceLine(krueger, represented, person('Lothar', 'Beier', 'Erster Beigeordneter', 'Dr.'), english)).toBe(
      'Landrat Sven Krüger, represented by Erster Beigeordneter Dr. Lothar Beier',
    );
  });
});
