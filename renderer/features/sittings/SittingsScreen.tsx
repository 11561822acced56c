import { ComingSoon } from '../../app/components/ComingSoon';

export default function SittingsScreen() {
  return <ComingSoon area="sittings" />;
}
