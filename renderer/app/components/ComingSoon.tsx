import { useMessages } from '../i18n/useMessages';
import type { Messages } from '../i18n/catalog';

type PlaceholderKey = keyof Messages['common']['placeholders'];

/** An honest placeholder: names what the screen will do, pretends nothing works. */
export function ComingSoon({ area }: { area: PlaceholderKey }) {
  const t = useMessages();
  return (
    <section>
      <h1>{t.common.nav[area]}</h1>
      <div className="panel">
        <p>{t.common.placeholders[area]}</p>
        <p className="muted">{t.common.comingSoon}</p>
      </div>
    </section>
  );
}
