import type { PressSources } from '../../../../shared/press/pressFacts';
import type { KonventDatabase } from '../../../db/database';
import { readSettings } from '../../../db/repositories/settingsRepository';
import { rowsWithAnyOf } from '../../../db/rowsByKeys';

/** Everything a sitting's press release is made from, read in one go (null: no such sitting). */
export async function loadPressSources(db: KonventDatabase, sittingId: string, releaseDate: string): Promise<PressSources | null> {
  const sitting = await db.domain('sittings').get(sittingId);
  if (!sitting) return null;
  const [settings, sittings, persons, memberships, deputies, roles, territories, attendance, guests, agendaItems] = await Promise.all([
    readSettings(db),
    db.domain('sittings').toArray(),
    db.domain('persons').toArray(),
    db.domain('memberships').toArray(),
    db.domain('deputies').toArray(),
    db.domain('roles').toArray(),
    db.domain('territories').toArray(),
    db.domain('attendance').where('sittingId').equals(sittingId).toArray(),
    db.domain('guests').where('sittingId').equals(sittingId).toArray(),
    db.domain('agendaItems').where('sittingId').equals(sittingId).toArray(),
  ]);
  const decisions = await rowsWithAnyOf(db.domain('decisions'), 'agendaItemId', agendaItems.map((item) => item.id));
  return { sitting, sittings, persons, memberships, deputies, roles, territories, attendance, guests, agendaItems, decisions, settings, releaseDate };
}
