import { useLiveQuery } from 'dexie-react-hooks';
import type { MinutesVersion } from '../../../shared/domain/minutes';
import type { Settings } from '../../../shared/domain/settings';
import type { Sitting } from '../../../shared/domain/sitting';
import type { Person } from '../../../shared/domain/person';
import type { MinutesDocument } from '../../../shared/minutes/minutesDocument';
import { isMinutesLocked } from '../../../shared/minutes/approvalLock';
import { shownMinutes, type ShownMinutes } from '../../../shared/minutes/shownMinutes';
import { useDatabase } from '../../app/DatabaseContext';
import { readSettings } from '../../db/repositories/settingsRepository';
import { loadMinutes, type LoadedMinutes } from '../../db/repositories/minutesSources';
import { readMinutesVersions } from '../../db/repositories/minutesRepository';
import { approvedMinutesSittingIds } from '../../db/repositories/minutesIndex';

export interface SittingMinutes extends LoadedMinutes {
  /**
   * The text the screen shows: for approved minutes the document frozen at approval, otherwise
   * the live one (shared/minutes/shownMinutes.ts). `sources` stay the live rows.
   */
  document: MinutesDocument;
  /** The document built from the rows now (what a correction would start from). */
  liveDocument: MinutesDocument;
  shown: ShownMinutes;
  settings: Settings;
  locked: boolean;
  versions: MinutesVersion[];
  /** All sittings, by date (approval picks a later one; the review links to earlier ones). */
  sittings: Sitting[];
  /** Dates of the sittings whose minutes are approved (they fix the actionItems they reviewed). */
  approvedSittingDates: string[];
  /** Later sittings not marked held or cancelled that have attendance recorded (they took place, even if still "geplant"). */
  sittingsWithAttendance: ReadonlySet<string>;
  /** Members and deputies of the day: names to suggest for chair, minute taker and owners. */
  people: Person[];
}

/** Everything the minutes page shows, live: any change (here, in another tab, by sync) re-renders. */
export function useSittingMinutes(sittingId: string): SittingMinutes | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const loaded = await loadMinutes(db, sittingId);
    if (!loaded) return null;
    // One read per table (a key cursor or a get per row would cost a round trip each).
    // Approval asks of a later sitting whether it took place: held, or attendance recorded. Only later sittings
    // not marked held (or cancelled) need the attendance, one count each (no attendance row is read).
    const unmarkedLater = loaded.sittings.filter((s) => s.date > loaded.sitting.date && s.status !== 'held' && s.status !== 'cancelled');
    const [settings, versions, approvedSittingIds, attendanceCounts] = await Promise.all([
      readSettings(db),
      readMinutesVersions(db, loaded.minutes.id),
      approvedMinutesSittingIds(db),
      Promise.all(unmarkedLater.map((s) => db.domain('attendance').where('sittingId').equals(s.id).count())),
    ]);
    const sittingDate = new Map(loaded.sittings.map((s) => [s.id, s.date]));
    // The dates of the sittings whose minutes are approved (as approvedMinutesSittingDates reads them).
    const approvedSittingDates = approvedSittingIds.flatMap((id) => {
      const date = sittingDate.get(id);
      return date === undefined ? [] : [date];
    });
    const shown = shownMinutes(loaded.minutes, loaded.document, settings);
    return {
      ...loaded,
      document: shown.document,
      liveDocument: loaded.document,
      shown,
      settings,
      locked: isMinutesLocked(loaded.minutes),
      versions,
      approvedSittingDates,
      sittingsWithAttendance: new Set(unmarkedLater.filter((_, i) => attendanceCounts[i]! > 0).map((s) => s.id)),
      people: [...loaded.sources.persons].sort((a, b) => a.lastName.localeCompare(b.lastName, 'de')),
    };
  }, [db, sittingId]);
}
