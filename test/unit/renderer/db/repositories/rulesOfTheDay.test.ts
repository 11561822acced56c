import { describe, expect, it } from 'vitest';
import { createSitting, setSittingStatus } from '../../../../../renderer/db/repositories/sittingsRepository';
import { readSettings, saveSettings } from '../../../../../renderer/db/repositories/settingsRepository';
import { approveMinutes, circulateMinutes } from '../../../../../renderer/db/repositories/minutesRepository';
import { recordAttendance } from '../../../../../renderer/db/repositories/attendanceRepository';
import { loadSittingView } from '../../../../../renderer/features/sittings/loadSittingView';
import { evaluateQuorum } from '../../../../../shared/sittings/quorum';
import { rulesOfSitting } from '../../../../../shared/sittings/rulesOfTheDay';
import { completeDraft, demoDb } from '../../../../fixtures/demoMinutesDb';

/** Issue 19, point 4: a setting changed today never changes the verdict for a held or approved sitting. */
async function verdict(db: Awaited<ReturnType<typeof demoDb>>['db'], sittingId: string) {
  const view = (await loadSittingView(db, sittingId))!;
  const rule = rulesOfSitting(view.sitting, view.settings).quorumRule;
  return { rule, reached: evaluateQuorum(rule, view.seats, view.territories.map((t) => t.id)).reached };
}

describe('settings never rewrite the past', () => {
  it('a held sitting keeps its quorum rule and notice period when Einstellungen change', async () => {
    const { db, sitting } = await demoDb();
    const view = (await loadSittingView(db, sitting.id))!;
    // More than half present, but one territory's head missing: the two rules disagree.
    const heads = view.seats.filter((s) => s.membership.category === 'head');
    const others = view.seats.filter((s) => s.membership.category !== 'head');
    for (const seat of [...heads.slice(1), ...others]) await recordAttendance(db, sitting.id, seat.membership.id, { status: 'present' });
    await setSittingStatus(db, sitting.id, 'held');
    expect(await verdict(db, sitting.id)).toEqual({ rule: 'majorityOfMembers', reached: true });

    await saveSettings(db, { quorumRule: 'allTerritories', noticePeriodDays: 21 });
    expect((await readSettings(db)).quorumRule).toBe('allTerritories');
    expect(await verdict(db, sitting.id)).toEqual({ rule: 'majorityOfMembers', reached: true });
    expect(rulesOfSitting((await loadSittingView(db, sitting.id))!.sitting, await readSettings(db)).noticePeriodDays).toBe(14);
  });

  it('approved and held sittings keep their rule; a sitting still to come follows the current settings', async () => {
    const { db, sitting, next } = await demoDb();
    await completeDraft(db, sitting.id);
    await circulateMinutes(db, sitting.id);
    await approveMinutes(db, sitting.id, { approvingSittingId: next.id, approvedOn: next.date, today: '2025-06-01' });
    await saveSettings(db, { quorumRule: 'allTerritories' });
    expect((await verdict(db, sitting.id)).rule).toBe('majorityOfMembers');
    // The approving sitting ("durchgeführt") keeps the rule it was held under, too.
    expect((await verdict(db, next.id)).rule).toBe('majorityOfMembers');
    // A sitting still to come follows the settings.
    const coming = await createSitting(db, { body: 'extended', title: '', date: '2026-12-09', start: '10:00', end: '12:00', venue: 'Zwickau' });
    expect((await verdict(db, coming.id)).rule).toBe('allTerritories');
  });
});
