import type { Minutes } from '../../../shared/domain/minutes';
import type { Sitting } from '../../../shared/domain/sitting';
import { defaultMinutes } from '../../../shared/minutes/minutesDefaults';
import { buildMinutesDocument, type MinutesDocument, type MinutesSources } from '../../../shared/minutes/minutesDocument';
import type { KonventDatabase } from '../database';
import { nowInstant } from '../rowWriter';

/** The tables a sitting's minutes are built from (for transactions and live queries). */
export const minutesSourceTables = [
  'sittings',
  'minutes',
  'memberships',
  'persons',
  'roles',
  'attendance',
  'guests',
  'agendaItems',
  'decisions',
  'actionItems',
] as const;

export interface LoadedMinutes {
  sitting: Sitting;
  /** The stored minutes, or the defaults of a draft nobody has written yet (stored: false). */
  minutes: Minutes;
  stored: boolean;
  sources: MinutesSources;
  document: MinutesDocument;
  /** All sittings by date (read once here; the minutes page needs them too). */
  sittings: Sitting[];
}

/** Everything about one sitting's minutes, read in one go (inside a transaction or a live query). */
export async function loadMinutes(db: KonventDatabase, sittingId: string): Promise<LoadedMinutes | undefined> {
  const sitting = await db.domain('sittings').get(sittingId);
  if (!sitting) return undefined;
  const [storedMinutes, memberships, persons, roles, attendance, guests, agendaItems, sittings, allActionItems] = await Promise.all([
    db.domain('minutes').where('sittingId').equals(sittingId).first(),
    db.domain('memberships').toArray(),
    db.domain('persons').toArray(),
    db.domain('roles').toArray(),
    db.domain('attendance').where('sittingId').equals(sittingId).toArray(),
    db.domain('guests').where('sittingId').equals(sittingId).toArray(),
    db.domain('agendaItems').where('sittingId').equals(sittingId).toArray(),
    db.domain('sittings').orderBy('date').toArray(),
    db.domain('actionItems').toArray(),
  ]);
  const decisions = agendaItems.length
    ? await db.domain('decisions').where('agendaItemId').anyOf(agendaItems.map((item) => item.id)).toArray()
    : [];
  const minutes =
    storedMinutes ?? defaultMinutes({ sitting, roles, persons, memberships, attendance, now: nowInstant() });
  const sittingDate = new Map(sittings.map((s) => [s.id, s.date]));
  const earlierActionItems = allActionItems
    .filter((item) => item.sittingId !== sittingId)
    .flatMap((item) => {
      const date = sittingDate.get(item.sittingId);
      return date && date < sitting.date ? [{ item, sittingDate: date }] : [];
    });
  const sources: MinutesSources = {
    sitting,
    minutes,
    memberships,
    persons,
    attendance,
    guests,
    agendaItems,
    decisions,
    actionItems: allActionItems.filter((item) => item.sittingId === sittingId),
    earlierActionItems,
  };
  return { sitting, minutes, stored: !!storedMinutes, sources, document: buildMinutesDocument(sources), sittings };
}
