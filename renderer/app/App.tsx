import { Suspense, useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Language } from '../../shared/domain/settings';
import { useRoute } from './router';
import { Shell } from './Shell';
import { LanguageContext } from './i18n/useMessages';
import { uiLanguage } from './i18n/uiLanguage';
import { useDatabase } from './DatabaseContext';
import { PrintRouter } from '../print/PrintRouter';
import { DailyBackupRunner } from '../features/backup/DailyBackupRunner';

/** initialLanguage: the UI language read (and its catalog loaded) before the first render (main.tsx). */
export function App({ initialLanguage = 'de' }: { initialLanguage?: Language }) {
  const route = useRoute();
  const db = useDatabase();
  // A change in Einstellungen switches the UI once the new language's catalog is loaded.
  const language = useLiveQuery(() => uiLanguage(db), [db], initialLanguage);
  // Screen readers (and the PDF's tagged language) follow the document's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <LanguageContext.Provider value={language}>
      {route.segments[0] !== 'print' && <DailyBackupRunner />}
      {route.segments[0] === 'print' ? (
        <Suspense fallback={null}>
          <PrintRouter route={route} />
        </Suspense>
      ) : (
        <Shell route={route} />
      )}
    </LanguageContext.Provider>
  );
}
