import type { Deputy, Membership, Role } from '../domain/membership';
import type { AgendaItem, Decision } from '../domain/minutes';
import type { Person } from '../domain/person';
import { officeOf, type Settings } from '../domain/settings';
import type { Attendance, Guest, Sitting } from '../domain/sitting';
import type { Territory } from '../domain/territory';
import { roleHolderAsOf } from '../domain/spokespersonTerms';
import { sittingNumber } from '../sittings/sittingNumber';
import { sittingRoster } from '../sittings/sittingRoster';
import type { PressDecision, PressReleaseFacts } from './pressRelease';

/** Everything the release of one sitting is made from, as read from the database. */
export interface PressSources {
  sitting: Sitting;
  sittings: readonly Sitting[];
  persons: readonly Person[];
  memberships: readonly Membership[];
  deputies: readonly Deputy[];
  roles: readonly Role[];
  territories: readonly Territory[];
  attendance: readonly Attendance[];
  guests: readonly Guest[];
  agendaItems: readonly AgendaItem[];
  decisions: readonly Decision[];
  /** Fixed decision numbers ("Beschluss Nr. 03/2026") by decision id, where the minutes have them. */
  decisionNumbers?: ReadonlyMap<string, string>;
  settings: Pick<Settings, 'conventName'> & Partial<Settings>;
  releaseDate: string;
}

/**
 * The facts of a release, from the same roster as the minutes and the sign-in sheet
 * (shared/sittings/sittingRoster.ts). Non-public agenda items and their decisions are left out here,
 * so nothing non-public can reach the text.
 */
export function pressFacts(sources: PressSources): PressReleaseFacts {
  const { sitting } = sources;
  const personById = new Map(sources.persons.map((p) => [p.id, p]));
  const territoryById = new Map(sources.territories.map((t) => [t.id, t]));
  const roster = sittingRoster(sitting, sources.memberships, sources.deputies, sources.attendance, { persons: personById, territories: territoryById });
  const seats = roster.flatMap((seat) => {
    const person = personById.get(seat.membership.personId);
    if (!person) return [];
    const deputy = seat.attendance?.deputyPersonId ? personById.get(seat.attendance.deputyPersonId) : undefined;
    const territory = seat.membership.territoryId ? territoryById.get(seat.membership.territoryId) : undefined;
    return [{ person, category: seat.membership.category, territory, attendance: seat.attendance, deputy }];
  });
  const publicItems = sources.agendaItems.filter((item) => item.sittingId === sitting.id && item.public).sort((a, b) => a.position - b.position);
  const publicItemIds = new Map(publicItems.map((item, index) => [item.id, index]));
  const decisions: PressDecision[] = sources.decisions
    .filter((d) => publicItemIds.has(d.agendaItemId) && d.result !== 'pending' && d.wording.trim() !== '')
    .sort((a, b) => (publicItemIds.get(a.agendaItemId) ?? 0) - (publicItemIds.get(b.agendaItemId) ?? 0) || a.position - b.position)
    .map((d) => ({ number: sources.decisionNumbers?.get(d.id), wording: d.wording, votes: d.votes, unanimous: d.unanimous, accepted: d.result === 'accepted' }));
  const spokesRole = roleHolderAsOf(sources.roles, 'spokesperson', sitting.date);
  const next = sources.sittings
    .filter((s) => s.body === sitting.body && s.status !== 'cancelled' && (s.date > sitting.date || (s.date === sitting.date && s.start > sitting.start)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start))[0];
  const host = sitting.hostTerritoryId ? territoryById.get(sitting.hostTerritoryId) : undefined;
  return {
    conventName: sources.settings.conventName,
    body: sitting.body,
    sittingNumber: sittingNumber(sitting, sources.sittings),
    date: sitting.date,
    venue: sitting.venue,
    host,
    seats,
    guests: sources.guests.filter((g) => g.sittingId === sitting.id),
    spokesperson: spokesRole ? personById.get(spokesRole.personId) : undefined,
    publicTopics: publicItems.map((item) => item.title),
    decisions,
    next: next ? { date: next.date, venue: next.venue } : undefined,
    office: officeOf(sources.settings),
    releaseDate: sources.releaseDate,
  };
}
