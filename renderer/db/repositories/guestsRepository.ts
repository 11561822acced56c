import type { Guest } from '../../../shared/domain/sitting';
import type { KonventDatabase } from '../database';
import { newId, putRow } from '../rowWriter';
import { assertSittingMinutesEditable } from './minutesLock';

export type GuestFields = Pick<Guest, 'name' | 'function' | 'organization'>;

/** Guests are printed in the minutes: both writes are refused once those are approved. */
export function addGuest(db: KonventDatabase, sittingId: string, fields: GuestFields): Promise<Guest> {
  return db.transaction('rw', db.domain('minutes'), db.domain('guests'), async () => {
    await assertSittingMinutesEditable(db, sittingId);
    return putRow(db, 'guests', { ...fields, id: newId(), sittingId });
  });
}

export async function removeGuest(db: KonventDatabase, guestId: string): Promise<void> {
  await db.transaction('rw', db.domain('minutes'), db.domain('guests'), async () => {
    const guest = await db.domain('guests').get(guestId);
    if (!guest) return;
    await assertSittingMinutesEditable(db, guest.sittingId);
    await db.domain('guests').delete(guestId);
  });
}
