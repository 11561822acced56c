import type { SittingStatus } from '../../../shared/domain/sitting';
import { useMessages } from '../../app/i18n/useMessages';

const tone: Record<SittingStatus, string> = { planned: '', invited: 'warn', held: 'ok', cancelled: 'danger' };

export function SittingStatusBadge({ status }: { status: SittingStatus }) {
  const t = useMessages().sittings;
  return <span className={`badge ${tone[status]}`.trim()}>{t.statuses[status]}</span>;
}
