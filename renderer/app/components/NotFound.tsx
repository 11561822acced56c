import { href } from '../router';
import { useMessages } from '../i18n/useMessages';

/** "Seite nicht gefunden": for a link the app does not know or cannot read. The navigation stays. */
export function NotFound() {
  const t = useMessages().common;
  return (
    <section>
      <h1 tabIndex={-1}>{t.notFound}</h1>
      <p>{t.notFoundBody}</p>
      <a href={href('/')}>{t.backToOverview}</a>
    </section>
  );
}
