import { ComingSoon } from '../../app/components/ComingSoon';

export default function MinutesScreen() {
  return <ComingSoon area="minutes" />;
}
