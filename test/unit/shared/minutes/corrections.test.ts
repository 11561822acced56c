import { describe, expect, it } from 'vitest';
import { readFrozenVersion, startCorrection } from '../../../../shared/minutes/corrections';
import { minutesContentHash } from '../../../../shared/minutes/contentHash';
import { minutesVersionSchema } from '../../../../shared/domain/minutes';
import { defaultSettings } from '../../../../shared/domain/settings';
import { printSettingsOf, withFrozenApproval } from '../../../../shared/minutes/frozenMinutes';
import { agendaItem, completeMinutes, decision, demoDocument, demoRows, demoSitting, NOW } from '../../../fixtures/minutesFixture';

const sittingId = demoSitting(demoRows()).id;
const item = agendaItem(sittingId, 1, 'Projektzeitplan', 'Der **Zeitplan** wird vorgestellt.');
const content = { agendaItems: [item], decisions: [decision(item.id, 'Der Zeitplan wird beschlossen.', { yes: 5, no: 0, abstain: 0 })] };

describe('corrections (Berichtigung)', () => {
  const document = demoDocument(content);
  const hash = minutesContentHash(document);
  const approved = completeMinutes(sittingId, {
    status: 'approved',
    approvedInSittingId: '01JQZ0000000000000000000BB',
    approvedOn: '2025-05-26',
    contentHash: hash,
  });

  it('freezes the approved version with its hash and reason, and opens version 2 as a draft', () => {
    const result = startCorrection(approved, document, '  Schreibfehler im Beschlusstext von TOP 1 ', NOW);
    if (!result.ok) throw new Error(result.refusal);
    expect(result.minutes).toMatchObject({ id: approved.id, status: 'draft', version: 2, chair: approved.chair });
    expect(result.minutes.approvedOn).toBeUndefined();
    expect(result.minutes.contentHash).toBeUndefined();
    expect(result.frozen).toMatchObject({ minutesId: approved.id, version: 1, reason: 'Schreibfehler im Beschlusstext von TOP 1', contentHash: hash });
    // The frozen row is a valid row of the minutesVersions table.
    expect(() => minutesVersionSchema.parse({ ...result.frozen, id: '01JQZ0000000000000000000CC', updatedAt: NOW })).not.toThrow();
  });

  it('keeps the earlier version readable: the same document, approval and hash come back', () => {
    const result = startCorrection(approved, document, 'Berichtigung des Abstimmungsergebnisses', NOW);
    if (!result.ok) throw new Error(result.refusal);
    const frozen = readFrozenVersion(result.frozen);
    expect(frozen?.document).toEqual(JSON.parse(JSON.stringify(document)));
    expect(frozen?.approval).toEqual({ approvedInSittingId: '01JQZ0000000000000000000BB', approvedOn: '2025-05-26', contentHash: hash });
    expect(minutesContentHash(frozen!.document)).toBe(hash);
  });

  it('keeps the document frozen at approval as the earlier version, not the rows as they read now', () => {
    const settings = defaultSettings(NOW);
    const frozenAtApproval = withFrozenApproval(approved, document, settings);
    const changedSince = demoDocument({ ...content, agendaItems: [{ ...item, notes: 'Per Sync geändert.' }] });
    const result = startCorrection(frozenAtApproval, changedSince, 'Schreibfehler', NOW, printSettingsOf({ ...settings, letterhead: 'Neu' }));
    if (!result.ok) throw new Error(result.refusal);
    const version = readFrozenVersion(result.frozen)!;
    expect(version.document.items[0]!.notes).toBe('Der **Zeitplan** wird vorgestellt.');
    expect(version.print?.letterhead).toBe(settings.letterhead);
    expect(result.frozen.contentHash).toBe(hash);
    // The new draft is live again: nothing frozen in it.
    expect(result.minutes.approvedDocument).toBeUndefined();
    expect(result.minutes).toMatchObject({ status: 'draft', version: 2 });
  });

  it('corrects only approved minutes, and only with a reason', () => {
    expect(startCorrection(completeMinutes(sittingId), document, 'Grund', NOW)).toEqual({ ok: false, refusal: 'notApproved' });
    expect(startCorrection(approved, document, '   ', NOW)).toEqual({ ok: false, refusal: 'reasonMissing' });
  });

  it('gives a corrected version a different hash from the approved one', () => {
    const corrected = demoDocument({ ...content, minutes: completeMinutes(sittingId, { version: 2 }) });
    expect(minutesContentHash(corrected)).not.toBe(hash);
  });

  it('reads nothing from content it cannot parse', () => {
    expect(readFrozenVersion({ content: 'not json' })).toBeUndefined();
    expect(readFrozenVersion({ content: '{"document":{"formatVersion":9}}' })).toBeUndefined();
  });
});
