import type { ValidationCode } from '../../../shared/domain/validationCodes';
import type { Messages } from './catalog';

type ValidationTexts = Messages['validation'];
// Every code of shared/ has a text (compile-time check).
type MissingCodes = Exclude<ValidationCode, keyof ValidationTexts>;
const everyCodeHasText: MissingCodes extends never ? true : MissingCodes = true;
void everyCodeHasText;

/**
 * The text of a message from a schema or a rule: a validation code ("dateFormat", "numberMax|90") in the
 * UI language. Anything else is shown as it is (older sentences from shared/ rules still in German).
 */
export function resolveMessage(messages: Messages, message: string | undefined): string {
  if (!message) return '';
  const [code, parameter] = splitCode(message);
  const texts = messages.validation as Record<string, string | ((parameter: string) => string)>;
  if (!Object.hasOwn(texts, code)) return message;
  const text = texts[code]!;
  return typeof text === 'function' ? text(parameter ?? '') : text;
}

function splitCode(message: string): [string, string | undefined] {
  const bar = message.indexOf('|');
  return bar < 0 ? [message, undefined] : [message.slice(0, bar), message.slice(bar + 1)];
}
