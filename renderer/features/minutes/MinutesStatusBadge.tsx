import { useMessages } from '../../app/i18n/useMessages';
import type { Minutes } from '../../../shared/domain/minutes';

const badgeClass: Record<Minutes['status'] | 'notStarted', string> = {
  notStarted: 'badge',
  draft: 'badge warn',
  circulated: 'badge',
  approved: 'badge ok',
};

export function MinutesStatusBadge({ status, version }: { status: Minutes['status'] | 'notStarted'; version: number }) {
  const t = useMessages().minutes;
  return (
    <span className={badgeClass[status]}>
      {t.status[status]}
      {version > 1 ? ` · ${t.versionBadge(version)}` : ''}
    </span>
  );
}
