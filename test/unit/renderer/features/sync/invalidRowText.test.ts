import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../fixtures/catalogs';
import { resolveMessage } from '../../../../../renderer/app/i18n/resolveMessage';
import { invalidRowText } from '../../../../../renderer/features/sync/syncDisplay';

describe('a synced row that is not complete yet', () => {
  it('says which field and what is missing in the UI language, never a code', () => {
    const stored = 'lastName: lastNameRequired · date: dateFormat';
    expect(invalidRowText(stored, catalogs.de.sync, (m) => resolveMessage(catalogs.de, m))).toBe(
      'Nachname: Bitte den Nachnamen angeben · Datum: Bitte ein Datum im Format TT.MM.JJJJ angeben',
    );
    expect(invalidRowText(stored, catalogs.en.sync, (m) => resolveMessage(catalogs.en, m))).toBe(
      'Last name: Please enter the last name · Date: Please enter a date as DD/MM/YYYY',
    );
  });
});
