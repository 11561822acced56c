import { describe, expect, it } from 'vitest';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { createSitting, markInvited, recordAnnounced } from '../../../../../renderer/db/repositories/sittingsRepository';

describe('recordAnnounced keeps the date the members knew before a move', () => {
  it('a Terminänderung told by letter still knows the old date; a later letter without a move keeps it', async () => {
    const db = new KonventDatabase(`announced-${Math.random()}`);
    const sitting = await createSitting(db, { body: 'core', title: '', date: '2027-03-03', start: '10:00', end: '12:00', venue: 'Plauen' });
    await markInvited(db, sitting.id);
    await recordAnnounced(db, sitting.id);
    expect((await db.domain('sittings').get(sitting.id))?.announced?.previousDate).toBeUndefined();
    await db.domain('sittings').update(sitting.id, { date: '2027-03-10', calendarSequence: 1 });
    await recordAnnounced(db, sitting.id);
    expect((await db.domain('sittings').get(sitting.id))?.announced).toMatchObject({ date: '2027-03-10', previousDate: '2027-03-03' });
    await recordAnnounced(db, sitting.id);
    expect((await db.domain('sittings').get(sitting.id))?.announced?.previousDate).toBe('2027-03-03');
    db.close();
  });
});
