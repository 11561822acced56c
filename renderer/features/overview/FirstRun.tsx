import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useErrorText, useMessages } from '../../app/i18n/useMessages';

/** First start: load the real convent as sample data, or begin with an empty register. */
export function FirstRun() {
  const t = useMessages().overview;
  const errorText = useErrorText();
  const db = useDatabase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The demo data and the schemas that check it load on click, not with the Übersicht.
  const run = async (action: (demo: typeof import('../../db/demoData')) => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action(await import('../../db/demoData'));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="first-run">
      <h1>{t.welcomeTitle}</h1>
      <p className="lead">{t.welcomeBody}</p>
      <div className="choice-grid">
        <div className="panel choice">
          <button type="button" className="button primary" disabled={busy} onClick={() => run((demo) => demo.loadDemoData(db))}>
            {t.loadDemo}
          </button>
          <p className="muted">{t.loadDemoHint}</p>
        </div>
        <div className="panel choice">
          <button type="button" className="button" disabled={busy} onClick={() => run((demo) => demo.startEmpty(db))}>
            {t.startEmpty}
          </button>
          <p className="muted">{t.startEmptyHint}</p>
        </div>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
