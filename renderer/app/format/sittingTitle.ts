import type { Sitting } from '../../../shared/domain/sitting';
import type { Messages } from '../i18n/catalog';

/**
 * The titles that versions before structured plan reasons wrote into every sitting of a plan: German,
 * generated, never typed by anyone. They are left in the database and read as "no title".
 */
const generatedTitles = new Set(['Sitzung des Regionalkonvents', 'Sitzung des erweiterten Regionalkonvents']);

/** The title the user typed, or '' (an old generated title counts as none). */
export function typedSittingTitle(sitting: Pick<Sitting, 'title'>): string {
  const title = sitting.title.trim();
  return generatedTitles.has(title) ? '' : title;
}

/** The sitting's name in the UI: its typed title, else "Sitzung des erweiterten Regionalkonvents" in the UI language. */
export function sittingTitleText(sitting: Pick<Sitting, 'title' | 'body'>, messages: Messages): string {
  return typedSittingTitle(sitting) || messages.plan.sittingTitles[sitting.body];
}
