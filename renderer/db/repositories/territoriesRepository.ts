import roster from '../../../assets/demo/roster.json';
import { rosterSchema } from '../../../shared/demo/rosterSchema';
import { rosterToRows } from '../../../shared/demo/rosterToRows';
import type { Territory } from '../../../shared/domain/territory';
import { placeInRotation } from '../../../shared/domain/territoryRotation';
import type { KonventDatabase } from '../database';
import { putRow, putRows, validateRow } from '../rowWriter';
import { MemberRuleError } from './memberRuleError';

export type TerritoryFields = Pick<Territory, 'name' | 'kind' | 'headTitle' | 'seat' | 'defaultVenue' | 'rotationIndex' | 'venueAddress'>;

/**
 * Saves a territory. A new place in the host rotation moves the territory there and shifts the
 * others (shared/domain/territoryRotation.ts), in the same transaction.
 */
export async function updateTerritory(db: KonventDatabase, id: string, fields: TerritoryFields): Promise<Territory> {
  return db.transaction('rw', db.domain('territories'), async () => {
    const current = await db.domain('territories').get(id);
    if (!current) throw new MemberRuleError('name', 'territoryGone');
    // No address typed in: none stored (an earlier one is removed).
    const { venueAddress: _earlier, ...rest } = current;
    const saved = validateRow('territories', { ...rest, ...fields, ...(fields.venueAddress ? { venueAddress: fields.venueAddress } : {}) });
    const reordered = placeInRotation(await db.domain('territories').toArray(), id, fields.rotationIndex);
    const others = reordered.filter((t) => t.id !== id);
    if (others.length) await putRows(db, 'territories', others);
    return putRow(db, 'territories', saved);
  });
}

/**
 * The five territories of the convent (Z, MS, ERZ, V, C) are fixed; a register started empty
 * ("Neu beginnen") gets them here, with the published names and seats, ready to edit. Existing
 * territories are left alone. Returns how many were added.
 */
export async function addMissingTerritories(db: KonventDatabase): Promise<number> {
  const standard = rosterToRows(rosterSchema.parse(roster), new Date().toISOString()).territories;
  return db.transaction('rw', db.domain('territories'), async () => {
    const existing = new Set((await db.domain('territories').toArray()).map((t) => t.key));
    const missing = standard.filter((t) => !existing.has(t.key));
    if (missing.length) await putRows(db, 'territories', missing);
    return missing.length;
  });
}
