import { catalogs } from '../../../fixtures/catalogs';
import { resolveMessage } from '../../../../renderer/app/i18n/resolveMessage';

/** A rule's message (a code with parameters) as the German UI shows it. */
export const german = (message: string | false | undefined): string | undefined =>
  message ? resolveMessage(catalogs.de, message) : undefined;

/** … and as the English UI shows it. */
export const english = (message: string | false | undefined): string | undefined =>
  message ? resolveMessage(catalogs.en, message) : undefined;
