import { ComingSoon } from '../../app/components/ComingSoon';

export default function MembersScreen() {
  return <ComingSoon area="members" />;
}
