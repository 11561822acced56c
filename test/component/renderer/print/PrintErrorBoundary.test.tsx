import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LanguageContext } from '../../../../renderer/app/i18n/useMessages';
import { loadCatalog } from '../../../../renderer/app/i18n/catalog';
import { PrintErrorBoundary, UnknownPrintDocument } from '../../../../renderer/print/PrintErrorBoundary';
import type { Language } from '../../../../shared/domain/settings';

// The app loads the English catalog before it renders in English (main.tsx, App); so does this test.
beforeAll(() => loadCatalog('en'));

function Broken(): never {
  throw new Error('sittingGone');
}

function inLanguage(language: Language, children: React.ReactNode) {
  return render(<LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>);
}

describe('a print document that cannot be made', () => {
  it('says so in the UI language, with the reason resolved, marked as failed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    inLanguage('en', <PrintErrorBoundary><Broken /></PrintErrorBoundary>);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The document could not be created: This sitting no longer exists.');
    expect(alert).toHaveAttribute('data-print-failed', 'true');
  });

  it('keeps the German wording in German', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    inLanguage('de', <PrintErrorBoundary><Broken /></PrintErrorBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent('Das Dokument konnte nicht erstellt werden: Diese Sitzung gibt es nicht (mehr).');
  });

  it('names an unknown document in the UI language', () => {
    inLanguage('en', <UnknownPrintDocument name="quittung" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown print document: quittung');
  });
});
