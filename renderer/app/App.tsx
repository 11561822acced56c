import { Suspense, useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { SETTINGS_ID } from '../../shared/domain/settings';
import { useRoute } from './router';
import { Shell } from './Shell';
import { LanguageContext } from './i18n/useMessages';
import { useDatabase } from './DatabaseContext';
import { PrintRouter } from '../print/PrintRouter';
import { DailyBackupRunner } from '../features/backup/DailyBackupRunner';

export function App() {
  const route = useRoute();
  const db = useDatabase();
  const language = useLiveQuery(async () => (await db.domain('settings').get(SETTINGS_ID))?.language ?? 'de', [db], 'de');
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
