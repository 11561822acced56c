import type { Sitting } from '../../../shared/domain/sitting';
import { announcementState } from '../../../shared/sittings/announcement';
import { href } from '../../app/router';
import { useMessages } from '../../app/i18n/useMessages';

/**
 * A sitting moved or cancelled after its invitation: the status says the members must be told,
 * with a link to the sitting's page, which makes the Terminänderung or the Absage.
 */
export function UntoldNotice({ sitting, date }: { sitting: Sitting; date: string }) {
  const t = useMessages().letters.notice;
  const state = announcementState(sitting);
  if (state.kind !== 'changeUntold' && state.kind !== 'cancelUntold') return null;
  const change = state.kind === 'changeUntold';
  return (
    <span className="block untold-notice" data-testid="untold-notice">
      <span className="badge warn">{change ? t.mustTellChange : t.mustTellCancel}</span>{' '}
      <a href={href(`/sittings/${sitting.id}`)} aria-label={`${change ? t.changeLetter : t.cancelLetter} (${date})`}>
        {change ? t.changeLetter : t.cancelLetter}
      </a>
    </span>
  );
}
