import { useLiveQuery } from 'dexie-react-hooks';
import { membersOnDates } from '../../../shared/domain/membersOnDates';
import type { Sitting } from '../../../shared/domain/sitting';
import type { Territory } from '../../../shared/domain/territory';
import { attendanceByMembership } from '../../../shared/sittings/sittingRoster';
import { useDatabase } from '../../app/DatabaseContext';
import { todayIso } from '../../app/format/dates';

export interface SittingListEntry {
  sitting: Sitting;
  host?: Territory | undefined;
  members: number;
  present: number;
  represented: number;
  excused: number;
  absent: number;
  recorded: number;
}

export interface SittingsList {
  upcoming: SittingListEntry[];
  past: SittingListEntry[];
}

/** Upcoming sittings (today and later) soonest first, then past ones most recent first. */
export function useSittingsList(): SittingsList | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [sittings, territories, memberships, attendance] = await Promise.all([
      db.domain('sittings').orderBy('date').toArray(),
      db.domain('territories').toArray(),
      db.domain('memberships').toArray(),
      db.domain('attendance').toArray(),
    ]);
    const hosts = new Map(territories.map((t) => [t.id, t]));
    const bySitting = new Map<string, typeof attendance>();
    for (const row of attendance) {
      const rows = bySitting.get(row.sittingId);
      if (rows) rows.push(row);
      else bySitting.set(row.sittingId, [row]);
    }
    // One sweep over the memberships, then a lookup per sitting (not a scan of the register per sitting).
    const membersOn = membersOnDates(memberships);
    const entries = sittings.map((sitting): SittingListEntry => {
      const recorded = [...attendanceByMembership(bySitting.get(sitting.id) ?? []).values()];
      const count = (status: string) => recorded.filter((r) => r.status === status).length;
      const onRegister = new Set(membersOn(sitting.body, sitting.date).map((m) => m.id));
      for (const r of recorded) onRegister.add(r.membershipId);
      return {
        sitting,
        host: sitting.hostTerritoryId ? hosts.get(sitting.hostTerritoryId) : undefined,
        members: onRegister.size,
        present: count('present'),
        represented: count('represented'),
        excused: count('excused'),
        absent: count('absent'),
        recorded: recorded.length,
      };
    });
    const today = todayIso();
    const byTime = (a: SittingListEntry, b: SittingListEntry) =>
      a.sitting.date.localeCompare(b.sitting.date) || a.sitting.start.localeCompare(b.sitting.start);
    return {
      upcoming: entries.filter((e) => e.sitting.date >= today).sort(byTime),
      past: entries.filter((e) => e.sitting.date < today).sort((a, b) => byTime(b, a)),
    };
  }, [db]);
}
