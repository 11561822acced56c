import { hlcDeviceId, hlcInstant, parseHlc } from '../../../shared/sync/hlc';
import { personDisplayName } from '../../../shared/domain/person';
import type { Messages } from '../../app/i18n/catalog';
import { formatDateShort, formatInstant } from '../../app/format/dates';
import type { CursorRow } from '../../sync/syncConnection';

type SyncMessages = Messages['sync'];

/** "etwa 3 Stunden": how far a clock is off, rounded the way people say it. */
export function formatDuration(ms: number, t: SyncMessages['clock']): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 90) return t.minutes(Math.max(1, minutes));
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t.hours(hours);
  const days = Math.round(hours / 24);
  if (days < 730) return t.days(days);
  return t.years(Math.round(days / 365));
}

export function tableLabel(table: string, t: SyncMessages): string {
  return (t.tables as Record<string, string>)[table] ?? table;
}

export function fieldLabel(field: string, t: SyncMessages): string {
  return (t.fields as Record<string, string>)[field] ?? field;
}

/**
 * Why a synced row is not shown yet, in the UI language: the stored text lists "field: code" pairs
 * ("lastName: lastNameRequired · date: dateFormat"), each becomes "Nachname: Bitte den Nachnamen angeben".
 */
export function invalidRowText(stored: string, t: SyncMessages, resolve: (message: string) => string): string {
  return stored
    .split(' · ')
    .map((part) => {
      const colon = part.indexOf(': ');
      if (colon < 0) return resolve(part);
      const field = part.slice(0, colon);
      return `${field ? fieldLabel(field.split('.')[0]!, t) : ''}${field ? ': ' : ''}${resolve(part.slice(colon + 2))}`;
    })
    .join(' · ');
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** A row as the user knows it: a person's name, a sitting's date, an item's title. */
export function describeRow(table: string, row: Record<string, unknown>): string {
  if (table === 'persons') return personDisplayName({ title: text(row.title), firstName: text(row.firstName), lastName: text(row.lastName) });
  if (table === 'sittings' && typeof row.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(row.date)) return [formatDateShort(row.date), text(row.title)].filter(Boolean).join(' · ');
  const label = text(row.title) || text(row.name) || text(row.text) || text(row.wording) || text(row.conventName);
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}

export function describeValue(value: unknown, t: SyncMessages['conflicts']): string {
  if (value === undefined) return t.removed;
  if (value === null || value === '') return t.empty;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateShort(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => describeValue(item, t)).join(', ');
  const votes = value as { yes?: unknown; no?: unknown; abstain?: unknown };
  if (typeof votes.yes === 'number' && typeof votes.no === 'number' && typeof votes.abstain === 'number') return t.votes(votes.yes, votes.no, votes.abstain);
  return JSON.stringify(value);
}

/** Which PC wrote a value, and when: "Sekretariat Zwickau, 11.03.2026, 14:05". */
export function describeOrigin(hlc: string, ownDeviceId: string | undefined, ownName: string, peers: readonly CursorRow[], t: SyncMessages['conflicts']): string {
  const deviceId = hlcDeviceId(hlc);
  const pc = deviceId === ownDeviceId ? ownName || t.thisPc : (peers.find((peer) => peer.deviceId === deviceId)?.name ?? t.unknownPc);
  // Changes made before a PC joined a folder carry clock readings from 1970 (they count as older).
  if (parseHlc(hlc).millis < 86_400_000) return t.beforeJoining(pc);
  return t.by(pc, formatInstant(hlcInstant(hlc)));
}
