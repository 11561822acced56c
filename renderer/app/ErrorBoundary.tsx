import { Component, type ReactNode } from 'react';
import { catalogs } from './i18n/catalog';

interface State {
  error: Error | null;
}

/** A screen that throws shows a calm message instead of a white window; data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = catalogs.de.common;
    return (
      <section role="alert" className="panel panel-error">
        <h1>{t.errorTitle}</h1>
        <p>{t.errorBody}</p>
        <pre className="muted">{this.state.error.message}</pre>
      </section>
    );
  }
}
