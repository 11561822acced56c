import './app/zodWithoutEval';
import './app/i18n/zodErrorMap';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
import './app/styles/app.css';
import { App } from './app/App';
import { DatabaseProvider } from './app/DatabaseContext';
import { appDatabase } from './db/database';
import { requestPersistentStorage } from './app/persistentStorage';
import { isSyncWindow } from './sync/syncWindow';

const db = appDatabase();
void requestPersistentStorage();
// The sync engine is loaded after the first screen's code: start-up does not wait for it.
if (isSyncWindow(window)) void import('./sync/syncScheduler').then((sync) => sync.startSyncScheduler(db));

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root fehlt in index.html');
createRoot(rootElement).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App />
    </DatabaseProvider>
  </StrictMode>,
);
