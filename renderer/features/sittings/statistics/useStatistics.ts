import { useLiveQuery } from 'dexie-react-hooks';
import type { StatisticsInput } from '../../../../shared/sittings/attendanceStatistics';
import { useDatabase } from '../../../app/DatabaseContext';

export type StatisticsData = Omit<StatisticsInput, 'from' | 'to'>;

/** All rows the statistics need; small tables (a decade is ~120 sittings, ~2 000 attendance rows). */
export function useStatisticsData(): StatisticsData | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [sittings, memberships, deputies, persons, territories, attendance] = await Promise.all([
      db.domain('sittings').toArray(),
      db.domain('memberships').toArray(),
      db.domain('deputies').toArray(),
      db.domain('persons').toArray(),
      db.domain('territories').orderBy('rotationIndex').toArray(),
      db.domain('attendance').toArray(),
    ]);
    return { sittings, memberships, deputies, persons, territories, attendance };
  }, [db]);
}
