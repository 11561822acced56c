import type { Messages } from './catalog';
import type { MessageShape } from './defineMessages';
import { backup } from './messages/en/backup';
import { common } from './messages/en/common';
import { members } from './messages/en/members';
import { overview } from './messages/en/overview';
import { settings } from './messages/en/settings';
import { plan } from './messages/en/plan';
import { sittings } from './messages/en/sittings';
import { minutes } from './messages/en/minutes';
import { sync } from './messages/en/sync';
import { letters } from './messages/en/letters';
import { mail } from './messages/en/mail';
import { press } from './messages/en/press';
import { validation } from './messages/en/validation';

const english = { common, overview, settings, plan, backup, sittings, members, minutes, sync, letters, mail, press, validation } satisfies MessageShape<Messages>;

/**
 * The English catalog: a chunk of its own, loaded by loadCatalog('en') (catalog.ts). Each area is checked
 * against the German one (MessageShape); the German catalog's literal types are widened here.
 */
export const englishCatalog = english as unknown as Messages;
