import { describe, expect, it } from 'vitest';
import { errorText } from '../../../../renderer/app/i18n/resolveMessage';
import { catalogs } from '../../../fixtures/catalogs';
import { ValidationError } from '../../../../renderer/db/rowWriter';

describe('errorText: a failed save in the UI language', () => {
  it('turns every validation code of a refused row into its text', () => {
    const error = new ValidationError('agendaTitleRequired · numberMax|90', [
      { path: 'title', message: 'agendaTitleRequired' },
      { path: 'count', message: 'numberMax|90' },
    ]);
    expect(errorText(catalogs.de, error)).toBe('Bitte einen Titel für den Tagesordnungspunkt angeben · Bitte eine Zahl bis höchstens 90 eingeben.');
    expect(errorText(catalogs.en, error)).not.toMatch(/Required|numberMax|Bitte/);
  });

  it('shows a sentence that is no code as it is', () => {
    expect(errorText(catalogs.de, new Error('Die Sitzung ist abgesagt.'))).toBe('Die Sitzung ist abgesagt.');
    expect(errorText(catalogs.de, 'Kein Fehlerobjekt')).toBe('Kein Fehlerobjekt');
  });
});
