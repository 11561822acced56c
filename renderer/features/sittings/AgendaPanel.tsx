import { useMessages } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import type { SittingView } from './loadSittingView';

/** The sitting's agenda, read-only here: it is edited with the minutes (Protokolle). */
export function AgendaPanel({ view }: { view: SittingView }) {
  const t = useMessages().sittings.agenda;
  return (
    <section className="panel" aria-labelledby="agenda-title">
      <div className="panel-head">
        <h2 id="agenda-title">{t.title}</h2>
        <a href={href(`/minutes/${view.sitting.id}`)}>{view.approvedMinutes ? t.view : t.edit}</a>
      </div>
      {view.agendaItems.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ol className="agenda-list">
          {view.agendaItems.map((item, index) => (
            <li key={item.id}>
              <span className="agenda-number">{t.item(index + 1)}</span>
              <span>
                {item.title}
                {item.presenter && <span className="muted"> · {item.presenter}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
