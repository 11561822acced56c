import type { Guest } from '../../../shared/domain/sitting';
import type { KonventDatabase } from '../database';
import { newId, putRow } from '../rowWriter';

export type GuestFields = Pick<Guest, 'name' | 'function' | 'organization'>;

export function addGuest(db: KonventDatabase, sittingId: string, fields: GuestFields): Promise<Guest> {
  return putRow(db, 'guests', { ...fields, id: newId(), sittingId });
}

export async function removeGuest(db: KonventDatabase, guestId: string): Promise<void> {
  await db.domain('guests').delete(guestId);
}
