import { describe, expect, it } from 'vitest';
import { seatOverlapMessage } from '../../../../shared/domain/seatOverlapMessage';
import { membership, person } from '../support/memberRows';
import { english, german } from '../support/ruleText';

describe('seat overlap message', () => {
  const krueger = person('Sven Krüger');
  const existing = membership('now', krueger, 'MS', '2025-04-28');

  it('names the other holder, their period and the shared days', () => {
    expect(german(seatOverlapMessage({ validFrom: '2026-10-01' }, existing, 'Sven Krüger'))).toBe(
      'Überschneidung auf diesem Sitz mit der Mitgliedschaft von Sven Krüger (seit 28.04.2025): ab 01.10.2026. ' +
        'Ein Sitz hat zu jeder Zeit nur ein Mitglied – bitte die Daten anpassen oder „Nachfolge eintragen“ verwenden.',
    );
  });

  it('spells out a bounded overlap with its last day', () => {
    const message = seatOverlapMessage({ validFrom: '2020-01-01', validTo: '2025-06-01' }, existing, 'Sven Krüger');
    expect(german(message)).toContain('von Sven Krüger (seit 28.04.2025): vom 28.04.2025 bis 31.05.2025.');
  });

  it('is a code the English UI writes in English; an unknown holder and an undo are said so', () => {
    const message = seatOverlapMessage({ validFrom: '2020-01-01', validTo: '2025-06-01' }, existing, 'Sven Krüger');
    expect(message).toMatch(/^seatOverlap\|/);
    expect(english(message)).toBe(
      'Overlaps on this seat with the membership of Sven Krüger (since 28/04/2025): from 28/04/2025 to 31/05/2025. ' +
        'A seat has only one member at any time – please adjust the dates or use “Record succession”.',
    );
    expect(german(seatOverlapMessage({ validFrom: '2025-04-28', validTo: '2025-04-29' }, existing, undefined, true))).toBe(
      'Wiederherstellen nicht möglich: Überschneidung auf diesem Sitz mit der Mitgliedschaft von einer unbekannten Person (seit 28.04.2025): am 28.04.2025. ' +
        'Ein Sitz hat zu jeder Zeit nur ein Mitglied – bitte die Daten anpassen oder „Nachfolge eintragen“ verwenden.',
    );
    expect(english(seatOverlapMessage({ validFrom: '2026-10-01' }, existing, undefined, true))).toMatch(/^Cannot restore: Overlaps on this seat with the membership of an unknown person \(since 28\/04\/2025\): from 01\/10\/2026\./);
  });
});
