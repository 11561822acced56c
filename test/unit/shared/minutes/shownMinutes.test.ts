import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/domain/settings';
import type { Person } from '../../../../shared/domain/person';
import { minutesContentHash } from '../../../../shared/minutes/contentHash';
import { withFrozenApproval } from '../../../../shared/minutes/frozenMinutes';
import { shownMinutes } from '../../../../shared/minutes/shownMinutes';
import { agendaItem, completeMinutes, decision, demoDocument, demoRows, demoSitting, NOW } from '../../../fixtures/minutesFixture';

const rows = demoRows();
const sittingId = demoSitting(rows).id;
const settings = defaultSettings(NOW);
const item = agendaItem(sittingId, 1, 'Projektzeitplan', 'Der Zeitplan wird vorgestellt.');
const content = { agendaItems: [item], decisions: [decision(item.id, 'Der Zeitplan wird beschlossen.', { yes: 5, no: 0, abstain: 0 })] };
const APPROVED_LINE = 'Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier';

/** The demo persons with Dr. Lothar Beier's function changed (in the register, or by sync). */
const personsWithBeierAs = (fn: string): Person[] => rows.persons.map((p) => (p.lastName === 'Beier' ? { ...p, function: fn } : p));

function approvedAt(document = demoDocument(content)) {
  const approved = completeMinutes(sittingId, {
    status: 'approved',
    approvedInSittingId: '01JQZ0000000000000000000BB',
    approvedOn: '2025-05-26',
    contentHash: minutesContentHash(document),
  });
  return withFrozenApproval(approved, document, settings);
}

const lines = (document: { attendance: { members: { line: string }[] } }) => document.attendance.members.map((m) => m.line);

describe('which text approved minutes show and print', () => {
  it('shows drafts and circulated minutes live', () => {
    const live = demoDocument(content);
    for (const status of ['draft', 'circulated'] as const) {
      const shown = shownMinutes(completeMinutes(sittingId, { status }), live, settings);
      expect(shown).toMatchObject({ source: 'live', changes: [] });
      expect(shown.document).toBe(live);
      expect(shown.print).toBeUndefined();
    }
  });

  it('keeps the approved deputy line and letterhead after the person and the settings changed, and the hash matches', () => {
    const minutes = approvedAt();
    const live = demoDocument({ ...content, persons: personsWithBeierAs('Landrat') });
    expect(lines(live)).toContain('Landrat Sven Krüger, vertreten durch Landrat Dr. Lothar Beier');

    const shown = shownMinutes(minutes, live, { ...settings, letterhead: 'Neue Anschrift' });
    expect(shown.source).toBe('frozen');
    expect(lines(shown.document)).toContain(APPROVED_LINE);
    expect(shown.print?.letterhead).toBe(settings.letterhead);
    expect(shown.hashMatches).toBe(true);
    expect(minutesContentHash(shown.document)).toBe(minutes.contentHash);
    expect(shown.changes).toEqual([{ part: 'attendance', lines: ['Landrat Sven Krüger, vertreten durch Landrat Dr. Lothar Beier'] }, { part: 'letterhead' }]);
  });

  it('names no change while the live data still reads as approved', () => {
    expect(shownMinutes(approvedAt(), demoDocument(content), settings).changes).toEqual([]);
  });

  it('names each part that would print differently now', () => {
    const minutes = approvedAt();
    const live = demoDocument({
      ...content,
      minutes: completeMinutes(sittingId, { chair: 'Jemand anderes' }),
      agendaItems: [{ ...item, notes: 'Per Sync geändert.' }, agendaItem(sittingId, 2, 'Nachtrag')],
      guests: [],
    });
    const shown = shownMinutes(minutes, live, { ...settings, signatureMembers: 0, language: 'en' });
    // The UI language is not part of the comparison (issue 19): approved minutes print in their own.
    expect(shown.changes.map((c) => c.part)).toEqual(['header', 'guests', 'agenda', 'item', 'signatures']);
    expect(shown.changes).toContainEqual({ part: 'item', position: 1 });
    expect(shown.document.items.map((i) => i.notes)).toEqual(['Der Zeitplan wird vorgestellt.']);
  });

  it('switching the UI language alone changes nothing about approved minutes', () => {
    expect(shownMinutes(approvedAt(), demoDocument(content), { ...settings, language: 'en' }).changes).toEqual([]);
  });

  it('flags a frozen document that does not carry the approved hash', () => {
    const minutes = { ...approvedAt(), contentHash: 'f'.repeat(64) };
    expect(shownMinutes(minutes, demoDocument(content), settings)).toMatchObject({ source: 'frozen', hashMatches: false });
  });

  it('shows minutes approved before freezing from the live rows, checked against their hash as before', () => {
    const { approvedDocument: _none, ...old } = approvedAt();
    const same = shownMinutes(old, demoDocument(content), settings);
    expect(same).toMatchObject({ source: 'unfrozen', hashMatches: true, changes: [] });
    const changed = shownMinutes(old, demoDocument({ ...content, persons: personsWithBeierAs('Landrat') }), settings);
    expect(changed).toMatchObject({ source: 'unfrozen', hashMatches: false });
  });
});
