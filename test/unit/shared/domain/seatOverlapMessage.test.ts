import { describe, expect, it } from 'vitest';
import { seatOverlapMessage } from '../../../../shared/domain/seatOverlapMessage';
import { membership, person } from '../support/memberRows';

describe('seat overlap message', () => {
  const krueger = person('Sven Krüger');
  const existing = membership('now', krueger, 'MS', '2025-04-28');

  it('names the other holder, their period and the shared days', () => {
    expect(seatOverlapMessage({ validFrom: '2026-10-01' }, existing, 'Sven Krüger')).toBe(
      'Überschneidung auf diesem Sitz mit der Mitgliedschaft von Sven Krüger (seit 28.04.2025): ab 01.10.2026. ' +
        'Ein Sitz hat zu jeder Zeit nur ein Mitglied – bitte die Daten anpassen oder „Nachfolge eintragen“ verwenden.',
    );
  });

  it('spells out a bounded overlap with its last day', () => {
    const message = seatOverlapMessage({ validFrom: '2020-01-01', validTo: '2025-06-01' }, existing, 'Sven Krüger');
    expect(message).toContain('von Sven Krüger (seit 28.04.2025): vom 28.04.2025 bis 31.05.2025.');
  });
});
