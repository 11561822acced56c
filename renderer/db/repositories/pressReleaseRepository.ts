import { pressReleaseId, type PressRelease } from '../../../shared/domain/pressRelease';
import type { KonventDatabase } from '../database';
import { putRow } from '../rowWriter';

export function readPressRelease(db: KonventDatabase, sittingId: string): Promise<PressRelease | undefined> {
  return db.domain('pressReleases').get(pressReleaseId(sittingId));
}

/** Saves the draft's text (autosave); the row is created on the first save. */
export function savePressRelease(db: KonventDatabase, sittingId: string, text: string): Promise<PressRelease> {
  return putRow(db, 'pressReleases', { id: pressReleaseId(sittingId), sittingId, text });
}
