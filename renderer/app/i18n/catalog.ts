import type { Language } from '../../../shared/domain/settings';
import { backup } from './messages/backup';
import { common } from './messages/common';
import { members } from './messages/members';
import { overview } from './messages/overview';
import { settings } from './messages/settings';
import { plan } from './messages/plan';
import { sittings } from './messages/sittings';
import { minutes } from './messages/minutes';
import { sync } from './messages/sync';
import { letters } from './messages/letters';
import { mail } from './messages/mail';
import { press } from './messages/press';
import { validation } from './messages/validation';

/**
 * The one typed catalog of UI strings. Each area keeps its German messages in messages/<area>.ts and
 * its English ones in messages/en/<area>.ts (same keys, checked by the compiler). German is in the
 * initial bundle; English is its own chunk, loaded before the first render in English (loadCatalog).
 */
const german = { common, overview, settings, plan, backup, sittings, members, minutes, sync, letters, mail, press, validation } as const;

/** The catalog's shape: the German messages (English matches their keys and parameters, messages/en/). */
export type Messages = typeof german;

export const germanCatalog: Messages = german;
let englishCatalog: Messages | undefined;

/** The catalog of a language, loading the English one on first use (its own chunk). */
export async function loadCatalog(language: Language): Promise<Messages> {
  if (language === 'de') return germanCatalog;
  englishCatalog ??= (await import('./englishCatalog')).englishCatalog;
  return englishCatalog;
}

/**
 * The catalog of a language that has been loaded (the app loads the UI language before it renders
 * in it; documents in another language load theirs with their data).
 */
export function catalogFor(language: Language): Messages {
  if (language === 'de') return germanCatalog;
  if (!englishCatalog) throw new Error('The English catalog is used before loadCatalog("en") finished.');
  return englishCatalog;
}
