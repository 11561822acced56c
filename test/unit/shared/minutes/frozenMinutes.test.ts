import { describe, expect, it } from 'vitest';
import { minutesSchema } from '../../../../shared/domain/minutes';
import { defaultSettings } from '../../../../shared/domain/settings';
import { minutesContentHash } from '../../../../shared/minutes/contentHash';
import { freezeMinutes, printSettingsOf, readFrozenMinutes, settingsForPrint, withFrozenApproval } from '../../../../shared/minutes/frozenMinutes';
import { completeMinutes, demoDocument, demoRows, demoSitting, NOW } from '../../../fixtures/minutesFixture';

const sittingId = demoSitting(demoRows()).id;
const settings = { ...defaultSettings(NOW), logoDataUrl: 'data:image/png;base64,AAAA' };

describe('frozen minutes', () => {
  const document = demoDocument();
  const approved = completeMinutes(sittingId, {
    status: 'approved',
    approvedInSittingId: '01JQZ0000000000000000000BB',
    approvedOn: '2025-05-26',
    contentHash: minutesContentHash(document),
  });

  it('freezes the approved document with the letterhead of the day into the minutes row', () => {
    const frozen = withFrozenApproval(approved, document, settings);
    expect(() => minutesSchema.parse(frozen)).not.toThrow();
    const read = readFrozenMinutes(frozen.approvedDocument)!;
    expect(minutesContentHash(read.document)).toBe(approved.contentHash);
    expect(read.document.attendance.members.map((m) => m.line)).toContain('Landrat Sven Krüger, vertreten durch Ersten Beigeordneten Dr. Lothar Beier');
    expect(read.print).toEqual(printSettingsOf(settings));
    expect(read.approval).toEqual({ approvedInSittingId: '01JQZ0000000000000000000BB', approvedOn: '2025-05-26', contentHash: approved.contentHash });
  });

  it('keeps minutes rows written before freezing valid', () => {
    const { approvedDocument: _none, ...old } = withFrozenApproval(approved, document, settings);
    expect(() => minutesSchema.parse(old)).not.toThrow();
    expect(readFrozenMinutes(minutesSchema.parse(old).approvedDocument)).toBeUndefined();
  });

  it('prints with the frozen letterhead, logo, signature lines and language over the live settings', () => {
    const frozenPrint = printSettingsOf({ ...settings, logoDataUrl: undefined, signatureMembers: 1 });
    const live = { ...settings, letterhead: 'Neue Anschrift', conventName: 'Neuer Name', signatureMembers: 2, language: 'en' as const, noticePeriodDays: 21 };
    const printed = settingsForPrint(live, frozenPrint);
    expect(printed).toMatchObject({ letterhead: settings.letterhead, conventName: settings.conventName, signatureMembers: 1, language: 'de', noticePeriodDays: 21 });
    // No logo at approval: none in print, even though one was added since.
    expect(printed.logoDataUrl).toBeUndefined();
    expect(settingsForPrint(live, undefined)).toBe(live);
  });

  it('reads nothing it cannot trust, and ignores incomplete print settings', () => {
    expect(readFrozenMinutes(undefined)).toBeUndefined();
    expect(readFrozenMinutes('')).toBeUndefined();
    expect(readFrozenMinutes('{"document":')).toBeUndefined();
    expect(readFrozenMinutes('null')).toBeUndefined();
    expect(readFrozenMinutes('{"document":{"formatVersion":2}}')).toBeUndefined();
    const halfPrint = freezeMinutes({ document, approval: {}, print: { conventName: 'X' } as never });
    expect(readFrozenMinutes(halfPrint)?.print).toBeUndefined();
    expect(readFrozenMinutes(halfPrint)?.document).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
