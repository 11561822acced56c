import { Component, type ContextType, type ReactNode } from 'react';
import { catalogFor } from './i18n/catalog';
import { LanguageContext } from './i18n/useMessages';

/** A lazy screen whose code cannot be loaded (an update replaced the files, a broken install). */
function isLoadFailure(error: Error): boolean {
  return /preload|dynamically imported module|Failed to fetch|Importing a module script failed|ChunkLoadError/i.test(`${error.name} ${error.message}`);
}

interface State {
  error: Error | null;
}

/** A screen that throws shows a calm message instead of a white window; data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = LanguageContext;
  declare context: ContextType<typeof LanguageContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error) {
    // The technical text goes to the console (and the log); the page says what to do.
    console.warn('Screen failed:', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = catalogFor(this.context ?? 'de').common;
    return (
      <section role="alert" className="panel panel-error">
        <h1>{t.errorTitle}</h1>
        <p>{isLoadFailure(this.state.error) ? t.loadFailedBody : t.errorBody}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </section>
    );
  }
}
