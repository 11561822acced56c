import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
import './app/styles/app.css';
import type { Language } from '../shared/domain/settings';
import { App } from './app/App';
import { DatabaseProvider } from './app/DatabaseContext';
import { uiLanguage } from './app/i18n/uiLanguage';
import { preloadScreenOf } from './app/screens';
import { parseRoute } from './app/router';
import { appDatabase } from './db/database';
import { requestPersistentStorage } from './app/persistentStorage';
import { isSyncWindow } from './sync/syncWindow';

/** A database that does not answer (blocked by another window's upgrade) delays the first render by at most this. */
const START_WAIT_MS = 3_000;
/**
 * The sync engine (with zod and the schemas it checks rows with) starts this long after the first render,
 * when the browser is idle: its code and its first reads would otherwise compete with the first screen's.
 */
const SYNC_START_MS = 1_000;

function startSyncWhenIdle() {
  const start = () => void import('./sync/syncScheduler').then((sync) => sync.startSyncScheduler(db));
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 1_000 }) : start()), SYNC_START_MS);
}

const db = appDatabase();
void requestPersistentStorage();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root fehlt in index.html');
const root = rootElement;

// Side by side before the first render: the UI language (read from the database, its catalog loaded)
// and the first screen's code and data (the Übersicht's reads). So the first frame is in the right
// language and shows the screen itself with its data, not a loading frame.
const ready = Promise.all([uiLanguage(db).catch((): Language => 'de'), preloadScreenOf(parseRoute(window.location.hash), db)]);
const initialLanguage = Promise.race([
  ready.then(([language]) => language),
  new Promise<Language>((resolve) => setTimeout(() => resolve('de'), START_WAIT_MS)),
]);
void initialLanguage.then((language) => {
  createRoot(root).render(
    <StrictMode>
      <DatabaseProvider db={db}>
        <App initialLanguage={language} />
      </DatabaseProvider>
    </StrictMode>,
  );
  if (isSyncWindow(window)) startSyncWhenIdle();
});
