import { ComingSoon } from '../../app/components/ComingSoon';

export default function SyncScreen() {
  return <ComingSoon area="sync" />;
}
