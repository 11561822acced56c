import type { Decision, Minutes } from '../../../shared/domain/minutes';
import type { Sitting } from '../../../shared/domain/sitting';
import { defaultMinutes } from '../../../shared/minutes/minutesDefaults';
import { buildMinutesDocument, type MinutesDocument, type MinutesSources } from '../../../shared/minutes/minutesDocument';
import type { KonventDatabase } from '../database';
import { nowInstant } from '../rowWriter';
import { highestFixedNumber } from '../../../shared/minutes/decisionNumbers';
import { minutesLanguage } from '../../../shared/minutes/frozenMinutes';
import { loadCatalog } from '../../app/i18n/catalog';
import { readSettings } from './settingsRepository';
import { minutesApprovedIn } from './minutesIndex';
import { primaryKeysWithAnyOf } from '../rowsByKeys';

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
  'territories',
  'settings',
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
  // One wave of reads (the sitting itself comes with all sittings, its decisions with all decisions).
  const [storedMinutes, memberships, persons, roles, attendance, guests, agendaItems, sittings, allActionItems, approvedHere, territories, settings, allDecisions] = await Promise.all([
    db.domain('minutes').where('sittingId').equals(sittingId).first(),
    db.domain('memberships').toArray(),
    db.domain('persons').toArray(),
    db.domain('roles').toArray(),
    db.domain('attendance').where('sittingId').equals(sittingId).toArray(),
    db.domain('guests').where('sittingId').equals(sittingId).toArray(),
    db.domain('agendaItems').where('sittingId').equals(sittingId).toArray(),
    db.domain('sittings').orderBy('date').toArray(),
    db.domain('actionItems').toArray(),
    minutesApprovedIn(db, sittingId),
    db.domain('territories').toArray(),
    readSettings(db),
    db.domain('decisions').toArray(),
  ]);
  const sitting = sittings.find((s) => s.id === sittingId);
  if (!sitting) return undefined;
  const itemIds = new Set(agendaItems.map((item) => item.id));
  const decisions = allDecisions
    .filter((decision) => itemIds.has(decision.agendaItemId))
    .sort((a, b) => (a.agendaItemId < b.agendaItemId ? -1 : a.agendaItemId > b.agendaItemId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hostTerritory = sitting.hostTerritoryId ? territories.find((t) => t.id === sitting.hostTerritoryId) : undefined;
  const decisionNumberBase = await fixedDecisionNumberBase(db, sitting, sittings, allDecisions);
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
    // The document's language: Einstellungen for drafts, the language of approval for approved minutes.
    attendanceWords: (await loadCatalog(minutesLanguage(storedMinutes, settings.language))).letters.attendanceWords,
    territories,
    approvalsGiven: approvedHere.flatMap((m) => {
      const date = sittingDate.get(m.sittingId);
      return date ? [date] : [];
    }),
    allSittings: sittings,
    hostSeat: hostTerritory?.seat,
    decisionNumberBase,
  };
  return { sitting, minutes, stored: !!storedMinutes, sources, document: buildMinutesDocument(sources), sittings };
}

/**
 * The highest decision number fixed in the sitting's body and year by the other sittings' minutes
 * ("Beschluss Nr. 03/2026" continues at 04). Reads only that body's sittings of that year.
 */
async function fixedDecisionNumberBase(db: KonventDatabase, sitting: Sitting, sittings: readonly Sitting[], decisions: readonly Decision[]): Promise<number> {
  const year = sitting.date.slice(0, 4);
  const others = sittings.filter((s) => s.id !== sitting.id && s.body === sitting.body && s.date.startsWith(year)).map((s) => s.id);
  if (others.length === 0) return 0;
  // The items' keys only: their minutes texts are not needed for the numbers.
  const items = new Set(await primaryKeysWithAnyOf(db.domain('agendaItems'), 'sittingId', others));
  if (items.size === 0) return 0;
  return highestFixedNumber(
    decisions.filter((decision) => items.has(decision.agendaItemId)),
    Number(year),
  );
}
