import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaItem, Minutes } from '../../../shared/domain/minutes';
import { isMinutesLocked } from '../../../shared/minutes/approvalLock';
import type { Person } from '../../../shared/domain/person';
import type { Settings } from '../../../shared/domain/settings';
import type { Guest, Sitting } from '../../../shared/domain/sitting';
import type { Territory } from '../../../shared/domain/territory';
import type { SeatHolder } from '../../../shared/sittings/attendanceRules';
import { sittingRoster, type RosterSeat } from '../../../shared/sittings/sittingRoster';
import { useDatabase } from '../../app/DatabaseContext';
import type { KonventDatabase } from '../../db/database';
import { readSettings } from '../../db/repositories/settingsRepository';
import { readStoredMinutes } from '../../db/repositories/minutesLock';

/** Everything the sitting's page and its print documents show, read in one go. */
export interface SittingView {
  sitting: Sitting;
  settings: Settings;
  territories: Territory[];
  territoryById: ReadonlyMap<string, Territory>;
  persons: Person[];
  personById: ReadonlyMap<string, Person>;
  /** Members as of the sitting's date (plus recorded ones), heads first. */
  seats: RosterSeat[];
  holders: SeatHolder[];
  guests: Guest[];
  agendaItems: AgendaItem[];
  /**
   * The minutes are approved: details, attendance and guests are part of a signed record and are
   * shown read-only (the repositories refuse the writes too).
   */
  approvedMinutes?: Pick<Minutes, 'approvedOn'> | undefined;
}

export async function loadSittingView(db: KonventDatabase, sittingId: string): Promise<SittingView | null> {
  const sitting = await db.domain('sittings').get(sittingId);
  if (!sitting) return null;
  const [settings, territories, persons, memberships, deputies, attendance, guests, agendaItems, minutes] = await Promise.all([
    readSettings(db),
    db.domain('territories').orderBy('rotationIndex').toArray(),
    db.domain('persons').toArray(),
    db.domain('memberships').toArray(),
    db.domain('deputies').toArray(),
    db.domain('attendance').where('sittingId').equals(sittingId).toArray(),
    db.domain('guests').where('sittingId').equals(sittingId).toArray(),
    db.domain('agendaItems').where('sittingId').equals(sittingId).sortBy('position'),
    readStoredMinutes(db, sittingId),
  ]);
  const territoryById = new Map(territories.map((t) => [t.id, t]));
  const personById = new Map(persons.map((p) => [p.id, p]));
  const seats = sittingRoster(sitting, memberships, deputies, attendance, { persons: personById, territories: territoryById });
  return {
    sitting,
    settings,
    territories,
    territoryById,
    persons,
    personById,
    seats,
    holders: seats.map((s) => ({ membershipId: s.membership.id, personId: s.membership.personId })),
    guests: guests.sort((a, b) => a.id.localeCompare(b.id)),
    agendaItems,
    approvedMinutes: isMinutesLocked(minutes) ? minutes : undefined,
  };
}

/** Live: undefined while loading, null when the sitting does not exist. */
export function useSittingView(sittingId: string): SittingView | null | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadSittingView(db, sittingId), [db, sittingId]);
}
