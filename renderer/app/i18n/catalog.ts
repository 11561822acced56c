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
 * The one typed catalog of UI strings. Each area keeps its messages in messages/<area>.ts
 * (German first, English with the same keys, checked by the compiler).
 */
const areas = { common, overview, settings, plan, backup, sittings, members, minutes, sync, letters, mail, press, validation } as const;

type Areas = typeof areas;
export type Messages = { [A in keyof Areas]: Areas[A]['de'] };

function pick(language: Language): Messages {
  const result = {} as Record<string, unknown>;
  for (const [name, area] of Object.entries(areas)) result[name] = area[language];
  return result as Messages;
}

export const catalogs: Record<Language, Messages> = { de: pick('de'), en: pick('en') };
