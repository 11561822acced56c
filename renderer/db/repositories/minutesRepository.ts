import type { Minutes } from '../../../shared/domain/minutes';
import { assertMinutesEditable } from '../../../shared/minutes/approvalLock';
import { checkCompleteness } from '../../../shared/minutes/completeness';
import { minutesContentHash } from '../../../shared/minutes/contentHash';
import { startCorrection } from '../../../shared/minutes/corrections';
import { printSettingsOf, withFrozenApproval } from '../../../shared/minutes/frozenMinutes';
import type { MinutesDocument } from '../../../shared/minutes/minutesDocument';
import { approve, circulate, withdrawCirculation, type WorkflowRefusal } from '../../../shared/minutes/workflow';
import type { KonventDatabase } from '../database';
import { newId, nowInstant, putRow } from '../rowWriter';
import { loadMinutes, minutesSourceTables } from './minutesSources';
import { readSettings } from './settingsRepository';
import { keepRulesOfTheDay } from '../../../shared/sittings/rulesOfTheDay';

export type MinutesHeader = Pick<Minutes, 'chair' | 'recorder' | 'start' | 'end' | 'place'>;

export class WorkflowRefusedError extends Error {
  constructor(readonly refusal: WorkflowRefusal | { reason: 'correctionReasonMissing' | 'notApproved' }) {
    super(`Workflow refused: ${refusal.reason}`);
    this.name = 'WorkflowRefusedError';
  }
}

const sourceTables = (db: KonventDatabase, ...more: string[]) => [...minutesSourceTables, ...more].map((name) => db.table(name));

async function loadOrThrow(db: KonventDatabase, sittingId: string) {
  const loaded = await loadMinutes(db, sittingId);
  if (!loaded) throw new Error('sittingGone');
  return loaded;
}

/** Writes one or more header fields (autosave). Creates the draft on the first edit. */
export async function saveMinutesHeader(db: KonventDatabase, sittingId: string, changes: Partial<MinutesHeader>): Promise<Minutes> {
  return db.transaction('rw', sourceTables(db), async () => {
    const { minutes } = await loadOrThrow(db, sittingId);
    assertMinutesEditable(minutes);
    return putRow(db, 'minutes', { ...minutes, ...changes });
  });
}

/** "Zur Genehmigung versenden": checks completeness in the same transaction as the write. */
export async function circulateMinutes(db: KonventDatabase, sittingId: string): Promise<Minutes> {
  return db.transaction('rw', sourceTables(db), async () => {
    const { minutes, document } = await loadOrThrow(db, sittingId);
    const result = circulate(minutes, checkCompleteness(document), nowInstant());
    if (!result.ok) throw new WorkflowRefusedError(result.refusal);
    await fixDecisionNumbers(db, document);
    return putRow(db, 'minutes', result.minutes);
  });
}

export async function withdrawMinutes(db: KonventDatabase, sittingId: string): Promise<Minutes> {
  return db.transaction('rw', sourceTables(db), async () => {
    const { minutes } = await loadOrThrow(db, sittingId);
    const result = withdrawCirculation(minutes);
    if (!result.ok) throw new WorkflowRefusedError(result.refusal);
    return putRow(db, 'minutes', result.minutes);
  });
}

/**
 * "Genehmigen": records the approving sitting and date, hashes the content, freezes the approved
 * document with the letterhead of the day (frozenMinutes.ts), and so locks the minutes.
 */
export async function approveMinutes(
  db: KonventDatabase,
  sittingId: string,
  input: { approvingSittingId: string; approvedOn: string; today: string },
): Promise<Minutes> {
  return db.transaction('rw', sourceTables(db), async () => {
    const { minutes, document, sitting } = await loadOrThrow(db, sittingId);
    const approvingSitting = await db.domain('sittings').get(input.approvingSittingId);
    if (!approvingSitting) throw new WorkflowRefusedError({ reason: 'approvingSittingNotLater' });
    const approvingAttendance = await db.domain('attendance').where('sittingId').equals(approvingSitting.id).count();
    const result = approve(minutes, {
      sitting,
      approvingSitting,
      approvingSittingHasAttendance: approvingAttendance > 0,
      approvedOn: input.approvedOn,
      today: input.today,
      problems: checkCompleteness(document),
      contentHash: minutesContentHash(document),
    });
    if (!result.ok) throw new WorkflowRefusedError(result.refusal);
    const settings = await readSettings(db);
    // Approved minutes keep the sitting's rules of the day (quorum rule, notice period).
    if (!sitting.rulesOfTheDay) await putRow(db, 'sittings', keepRulesOfTheDay(sitting, settings));
    return putRow(db, 'minutes', withFrozenApproval(result.minutes, document, settings));
  });
}

/**
 * "Berichtigung": keeps the approved version (its frozen document) with the reason and opens the
 * next version as a draft built from the live rows.
 */
export async function startMinutesCorrection(db: KonventDatabase, sittingId: string, reason: string): Promise<Minutes> {
  return db.transaction('rw', sourceTables(db, 'minutesVersions'), async () => {
    const { minutes, document } = await loadOrThrow(db, sittingId);
    const now = nowInstant();
    const result = startCorrection(minutes, document, reason, now, printSettingsOf(await readSettings(db)));
    if (!result.ok) {
      throw new WorkflowRefusedError({ reason: result.refusal === 'reasonMissing' ? 'correctionReasonMissing' : 'notApproved' });
    }
    await putRow(db, 'minutesVersions', { ...result.frozen, id: newId() });
    return putRow(db, 'minutes', result.minutes);
  });
}

/** Frozen earlier versions of a sitting's minutes, oldest first. */
export async function readMinutesVersions(db: KonventDatabase, minutesId: string) {
  const versions = await db.domain('minutesVersions').where('minutesId').equals(minutesId).toArray();
  return versions.sort((a, b) => a.version - b.version);
}

/** On circulation each decision's provisional number becomes its fixed number ("Beschluss Nr. 03/2026"). */
async function fixDecisionNumbers(db: KonventDatabase, document: MinutesDocument): Promise<void> {
  for (const decision of document.items.flatMap((item) => item.decisions)) {
    if (!decision.reference || decision.reference.fixed) continue;
    const row = await db.domain('decisions').get(decision.id);
    if (row && !row.fixedNumber) await putRow(db, 'decisions', { ...row, fixedNumber: { number: decision.reference.number, year: decision.reference.year } });
  }
}
