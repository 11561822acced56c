import { ComingSoon } from '../../app/components/ComingSoon';

export default function PlanScreen() {
  return <ComingSoon area="plan" />;
}
