import { describe, expect, it } from 'vitest';
import {
  approveMinutes,
  circulateMinutes,
  readMinutesVersions,
  saveMinutesHeader,
  startMinutesCorrection,
  WorkflowRefusedError,
} from '../../../../../renderer/db/repositories/minutesRepository';
import {
  addAgendaItem,
  addAgendaItemsFromTemplate,
  addDecision,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
  updateDecision,
} from '../../../../../renderer/db/repositories/agendaRepository';
import { addActionItem, closeActionItemInSitting, setActionItemStatus, updateActionItem } from '../../../../../renderer/db/repositories/actionItemRepository';
import { loadMinutes } from '../../../../../renderer/db/repositories/minutesSources';
import { MinutesLockedError } from '../../../../../shared/minutes/approvalLock';
import { minutesContentHash } from '../../../../../shared/minutes/contentHash';
import { readFrozenVersion } from '../../../../../shared/minutes/corrections';
import { defaultAgendaTemplate } from '../../../../../shared/domain/settings';
import { completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';

describe('minutes repository', () => {
  it('starts a draft from the sitting: place and times as planned, the spokesperson who attended as chair', async () => {
    const { db, sitting } = await demoDb();
    const loaded = await loadMinutes(db, sitting.id);
    expect(loaded?.stored).toBe(false);
    expect(loaded?.minutes).toMatchObject({ chair: 'Landrat Carsten Michaelis', recorder: '', start: '10:00', end: '12:00', place: 'Zwickau', status: 'draft' });
    await saveMinutesHeader(db, sitting.id, { recorder: 'Matthias Lißke' });
    expect((await loadMinutes(db, sitting.id))?.minutes).toMatchObject({ recorder: 'Matthias Lißke', chair: 'Landrat Carsten Michaelis', place: 'Zwickau' });
  });

  it('keeps the agenda numbered 1…n through template, moves and deletes', async () => {
    const { db, sitting } = await demoDb();
    expect(await addAgendaItemsFromTemplate(db, sitting.id, defaultAgendaTemplate)).toBe(8);
    expect(await addAgendaItemsFromTemplate(db, sitting.id, defaultAgendaTemplate)).toBe(0);
    const titles = async () => (await loadMinutes(db, sitting.id))!.document.items.map((i) => `${i.position} ${i.title}`);
    const items = (await loadMinutes(db, sitting.id))!.document.items;
    await moveAgendaItem(db, items[3]!.id, { by: -1 });
    await moveAgendaItem(db, items[7]!.id, { to: 0 });
    await deleteAgendaItem(db, items[1]!.id);
    expect(await titles()).toEqual([
      '1 Ausblick und Verschiedenes',
      '2 Begrüßung und Feststellung der Beschlussfähigkeit',
      '3 Projektzeitplan',
      '4 Update zum Projektstand des Masterplans',
      '5 Bevorstehende Veranstaltungen',
      '6 Ideen der Mitglieder',
      '7 Stand der offenen Aufgaben',
    ]);
  });

  it('refuses to circulate incomplete minutes and writes nothing', async () => {
    const { db, sitting } = await demoDb();
    await saveMinutesHeader(db, sitting.id, { chair: 'Landrat Carsten Michaelis' });
    const error = await circulateMinutes(db, sitting.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowRefusedError);
    expect((error as WorkflowRefusedError).refusal).toMatchObject({ reason: 'incomplete' });
    expect((await loadMinutes(db, sitting.id))?.minutes.status).toBe('draft');
  });

  it('approves in a later sitting, stores the content hash, and then locks every edit', async () => {
    const { db, sitting, next } = await demoDb();
    const { item, decision } = await completeDraft(db, sitting.id);
    const actionItem = await addActionItem(db, sitting.id, item.id, { text: 'Zeitplan versenden', owner: 'Geschäftsstelle', due: '2025-05-15' });
    await circulateMinutes(db, sitting.id);
    const approved = await approveMinutes(db, sitting.id, { approvingSittingId: next.id, approvedOn: next.date, today: '2025-06-01' });
    const loaded = (await loadMinutes(db, sitting.id))!;
    expect(approved).toMatchObject({ status: 'approved', approvedInSittingId: next.id, approvedOn: '2025-05-26' });
    expect(approved.contentHash).toBe(minutesContentHash(loaded.document));

    const attempts = [
      saveMinutesHeader(db, sitting.id, { recorder: 'Jemand anderes' }),
      addAgendaItem(db, sitting.id, { title: 'Nachtrag', public: true }),
      updateAgendaItem(db, item.id, { notes: 'geändert' }),
      moveAgendaItem(db, item.id, { by: 1 }),
      deleteAgendaItem(db, item.id),
      addDecision(db, item.id),
      updateDecision(db, decision.id, { wording: 'geändert' }),
      addActionItem(db, sitting.id, item.id, { text: 'Neu', owner: '', due: undefined }),
      updateActionItem(db, actionItem.id, { text: 'geändert' }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(MinutesLockedError);
    const after = (await loadMinutes(db, sitting.id))!;
    expect(minutesContentHash(after.document)).toBe(approved.contentHash);

    // Closing the actionItem later is tracking, allowed, and leaves the approved content as it was.
    await setActionItemStatus(db, actionItem.id, 'done', '2025-06-01');
    expect(minutesContentHash((await loadMinutes(db, sitting.id))!.document)).toBe(approved.contentHash);
  });

  it('corrects approved minutes as version 2, keeping version 1 readable with its reason', async () => {
    const { db, sitting, next } = await demoDb();
    const { decision } = await completeDraft(db, sitting.id);
    await circulateMinutes(db, sitting.id);
    const approved = await approveMinutes(db, sitting.id, { approvingSittingId: next.id, approvedOn: next.date, today: '2025-06-01' });
    await expect(startMinutesCorrection(db, sitting.id, '  ')).rejects.toBeInstanceOf(WorkflowRefusedError);

    const corrected = await startMinutesCorrection(db, sitting.id, 'Abstimmungsergebnis berichtigt');
    expect(corrected).toMatchObject({ status: 'draft', version: 2 });
    await updateDecision(db, decision.id, { votes: { yes: 4, no: 0, abstain: 1 } });
    const versions = await readMinutesVersions(db, approved.id);
    expect(versions.map((v) => [v.version, v.reason, v.contentHash])).toEqual([[1, 'Abstimmungsergebnis berichtigt', approved.contentHash]]);
    const frozen = readFrozenVersion(versions[0]!)!;
    expect(frozen.document.items[0]!.decisions[0]!.votes).toEqual({ yes: 5, no: 0, abstain: 0 });
    expect(frozen.approval.approvedOn).toBe('2025-05-26');
    expect((await loadMinutes(db, sitting.id))!.document.items[0]!.decisions[0]!.votes).toEqual({ yes: 4, no: 0, abstain: 1 });
  });

  it('shows open actionItems of earlier sittings in the next sitting and closes them there with its date', async () => {
    const { db, sitting, next } = await demoDb();
    const item = await addAgendaItem(db, sitting.id, { title: 'Projektzeitplan', public: true });
    const actionItem = await addActionItem(db, sitting.id, item.id, { text: 'Zeitplan versenden', owner: 'Geschäftsstelle', due: undefined });
    const review = async () => (await loadMinutes(db, next.id))!.document.review.entries.map((e) => [e.text, e.state]);
    expect(await review()).toEqual([['Zeitplan versenden', 'open']]);
    await closeActionItemInSitting(db, actionItem.id, next, 'done');
    expect(await review()).toEqual([['Zeitplan versenden', 'done']]);
    expect((await db.domain('actionItems').get(actionItem.id))?.doneAt).toBe('2025-05-26');
  });

  it('keeps a bad value out of the database: an empty agenda title is refused', async () => {
    const { db, sitting } = await demoDb();
    const item = await addAgendaItem(db, sitting.id, { title: 'Begrüßung', public: true });
    await expect(updateAgendaItem(db, item.id, { title: '  ' })).rejects.toThrow('agendaTitleRequired');
    expect((await db.domain('agendaItems').get(item.id))?.title).toBe('Begrüßung');
  });
});
