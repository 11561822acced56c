import { describe, expect, it } from 'vitest';
import { circulateMinutes, withdrawMinutes } from '../../../../../renderer/db/repositories/minutesRepository';
import { addAgendaItem, addDecision, updateDecision } from '../../../../../renderer/db/repositories/agendaRepository';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { putRow } from '../../../../../renderer/db/rowWriter';
import { buildSearchDocuments } from '../../../../../shared/minutes/searchDocuments';
import { searchMinutes } from '../../../../../shared/minutes/fullTextSearch';
import { completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';

const references = async (db: Awaited<ReturnType<typeof demoDb>>['db'], sittingId: string) =>
  (await loadMinutes(db, sittingId))!.document.items.flatMap((item) => item.decisions.map((d) => d.reference));

describe('decision numbers per body and year ("Beschluss Nr. 03/2026")', () => {
  it('are provisional in a draft, fixed on circulation, kept after withdrawal, continued by the next sitting of the body, and found by search', async () => {
    const { db, sitting } = await demoDb();
    const { item } = await completeDraft(db, sitting.id);
    const second = await addDecision(db, item.id);
    await updateDecision(db, second.id, { wording: 'Der Projektzeitplan wird beschlossen.', votes: { yes: 5, no: 0, abstain: 0 } });
    expect(await references(db, sitting.id)).toEqual([
      { number: 1, year: 2025, fixed: false },
      { number: 2, year: 2025, fixed: false },
    ]);

    await circulateMinutes(db, sitting.id);
    expect(await references(db, sitting.id)).toEqual([
      { number: 1, year: 2025, fixed: true },
      { number: 2, year: 2025, fixed: true },
    ]);
    expect((await db.domain('decisions').get(second.id))?.fixedNumber).toEqual({ number: 2, year: 2025 });

    // Withdrawn and circulated again: the numbers stay; a decision added meanwhile continues after them.
    await withdrawMinutes(db, sitting.id);
    const later = await addAgendaItem(db, sitting.id, { title: 'Nachtrag', public: true });
    const third = await addDecision(db, later.id);
    await updateDecision(db, third.id, { wording: 'Nachtrag beschlossen.', votes: { yes: 5, no: 0, abstain: 0 } });
    await circulateMinutes(db, sitting.id);
    expect((await references(db, sitting.id)).map((r) => r?.number)).toEqual([1, 2, 3]);

    // The next sitting of the same body in the same year continues at 04.
    const following = await putRow(db, 'sittings', { ...sitting, id: '01JV0000000000000000000FXW', date: '2025-09-15', title: '' });
    const followingItem = await addAgendaItem(db, following.id, { title: 'Haushalt', public: true });
    const fourth = await addDecision(db, followingItem.id);
    await updateDecision(db, fourth.id, { wording: 'Der Haushalt wird beschlossen.' });
    expect(await references(db, following.id)).toEqual([{ number: 4, year: 2025, fixed: false }]);
    expect((await loadMinutes(db, following.id))!.document.sitting.number).toBe(2);

    const documents = buildSearchDocuments({
      sittings: await db.domain('sittings').toArray(),
      agendaItems: await db.domain('agendaItems').toArray(),
      decisions: await db.domain('decisions').toArray(),
      actionItems: [],
    });
    const hits = searchMinutes(documents, 'Beschluss Nr. 02/2025');
    expect(hits.map((hit) => hit.document.id)).toContain(second.id);
  });
});
