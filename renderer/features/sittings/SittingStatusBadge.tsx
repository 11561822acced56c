import type { SittingStatus } from '../../../shared/domain/sitting';
import { useMessages } from '../../app/i18n/useMessages';

const tone: Record<SittingStatus, string> = { planned: '', invited: 'warn', held: 'ok', cancelled: 'danger' };

/** The status; `untold` adds that the members must still be told of a change or cancellation. */
export function SittingStatusBadge({ status, untold }: { status: SittingStatus; untold?: 'change' | 'cancel' | undefined }) {
  const messages = useMessages();
  const t = messages.sittings;
  return (
    <>
      <span className={`badge ${tone[status]}`.trim()}>{t.statuses[status]}</span>
      {untold && <span className="badge warn">{untold === 'change' ? messages.letters.notice.mustTellChange : messages.letters.notice.mustTellCancel}</span>}
    </>
  );
}
