import { Suspense, useEffect, useRef } from 'react';
import { preloadScreensWhenIdle, screens } from './screens';
import { href, type Route } from './router';
import { useMessages } from './i18n/useMessages';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './components/NotFound';
import { useDatabase } from './DatabaseContext';

/** The app frame: navigation on the left, the current screen on the right. */
export function Shell({ route }: { route: Route }) {
  const t = useMessages();
  const segment = route.segments[0] ?? '';
  const entry = route.malformed ? undefined : screens.find((s) => s.segment === segment);
  const mainRef = useRef<HTMLElement>(null);

  const db = useDatabase();
  useEffect(() => preloadScreensWhenIdle(db), [db]);

  useEffect(() => {
    const title = entry ? t.common.nav[entry.navKey] : t.common.notFound;
    document.title = `${title} · ${t.common.appName}`;
  }, [entry, t]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        {t.common.skipToContent}
      </a>
      <nav className="shell-nav" aria-label={t.common.nav.label}>
        <div className="shell-brand">
          <span className="shell-brand-name">{t.common.appName}</span>
          <span className="shell-brand-sub">Regionalkonvent Südwestsachsen</span>
        </div>
        <ul>
          {screens.map((s) => (
            <li key={s.segment}>
              <a href={href(`/${s.segment}`)} aria-current={s === entry ? 'page' : undefined}>
                {t.common.nav[s.navKey]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" ref={mainRef} tabIndex={-1}>
        <ErrorBoundary key={segment}>
          <Suspense fallback={<p className="muted">{t.common.loading}</p>}>
            {entry ? <entry.Screen route={route} /> : <NotFound />}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
