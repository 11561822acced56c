import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../../../../renderer/app/ErrorBoundary';
import { LanguageContext } from '../../../../renderer/app/i18n/useMessages';
import { loadCatalog } from '../../../../renderer/app/i18n/catalog';
import type { Language } from '../../../../shared/domain/settings';

// The app loads the English catalog before it renders in English (main.tsx, App); so do these tests.
beforeAll(() => loadCatalog('en'));

function Throws({ error }: { error: Error }): never {
  throw error;
}

function renderFailing(error: Error, language: Language) {
  return render(
    <LanguageContext.Provider value={language}>
      <ErrorBoundary>
        <Throws error={error} />
      </ErrorBoundary>
    </LanguageContext.Provider>,
  );
}

/** Issue 13.5: a lazy screen that cannot load says so in the UI language, never "Unable to preload". */
describe('a screen that cannot load or fails', () => {
  const failures = [
    new Error('Unable to preload CSS for /assets/PlanScreen-3f2a.css'),
    new TypeError('Failed to fetch dynamically imported module: app://konvent/assets/MinutesScreen-9c1d.js'),
    new TypeError("Cannot read properties of undefined (reading 'map')"),
  ];

  for (const language of ['de', 'en'] as const) {
    it(`shows what to do in ${language}, without the technical text`, () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      for (const [index, error] of failures.entries()) {
        const { unmount } = renderFailing(error, language);
        const alert = screen.getByRole('alert');
        expect(alert.textContent).not.toMatch(/Unable to|preload|Failed to fetch|dynamically|undefined|Cannot read|assets\//);
        if (index < 2) expect(alert).toHaveTextContent(language === 'de' ? 'konnte nicht geladen werden' : 'could not be loaded');
        expect(screen.getByRole('button', { name: language === 'de' ? /neu laden/i : /reload/i })).toBeInTheDocument();
        unmount();
      }
      warn.mockRestore();
      consoleError.mockRestore();
    });
  }
});
