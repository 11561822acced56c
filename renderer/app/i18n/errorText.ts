import type { Messages } from './catalog';
import { resolveMessage } from './resolveMessage';

/**
 * The text of a failed save in the UI language. A row that fails its schema throws with the
 * validation codes of its fields ("agendaTitleRequired · numberMax|90"); each becomes its text.
 * Anything else (an older sentence from a rule) is shown as it is.
 */
export function errorText(messages: Messages, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split(' · ')
    .map((part) => resolveMessage(messages, part))
    .join(' · ');
}
