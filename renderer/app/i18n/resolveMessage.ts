import type { RuleCode, RuleParams, ValidationCode } from '../../../shared/domain/validationCodes';
import { SyncFolderError } from '../../../shared/sync/syncFolder';
import type { Messages } from './catalog';

type ValidationTexts = Messages['validation'];
// Every code of shared/ has a text (compile-time check) …
type MissingCodes = Exclude<ValidationCode | RuleCode, keyof ValidationTexts>;
const everyCodeHasText: MissingCodes extends never ? true : MissingCodes = true;
void everyCodeHasText;
// … and every rule code's text takes that rule's parameters.
type RuleTexts = { [C in RuleCode]: (params: RuleParams[C]) => string };
const ruleTextsTakeTheirParams: Pick<ValidationTexts, RuleCode> extends RuleTexts ? true : false = true;
void ruleTextsTakeTheirParams;

/**
 * The text of a message from a schema or a rule: a validation code ("dateFormat", "numberMax|90") or a
 * rule code with its parameters ("seatOverlap|{…}", shared/domain/validationCodes.ts) in the UI
 * language. Anything else is shown as it is.
 */
export function resolveMessage(messages: Messages, message: string | undefined): string {
  if (!message) return '';
  const [code, parameter] = splitCode(message);
  const texts = messages.validation as Record<string, string | ((parameter: never) => string)>;
  if (!Object.hasOwn(texts, code)) return message;
  const text = texts[code]!;
  if (typeof text !== 'function') return text;
  const params = parameter?.startsWith('{') ? parseParams(parameter) : parameter;
  if (params === undefined && parameter?.startsWith('{')) return message;
  try {
    return (text as (parameter: unknown) => string)(params ?? '');
  } catch {
    // A rule code without its parameters (never written so by shared/): shown as it is rather than breaking the screen.
    return message;
  }
}

/** The text of a failed save or action in the UI language: rule codes resolved, a refused row's fields listed. */
export function errorText(messages: Messages, error: unknown): string {
  // The sync folder's failures carry a code; their message is a German technical detail.
  if (error instanceof SyncFolderError) return messages.sync.status.folderErrors[error.code];
  if (error instanceof Error) {
    const issues = (error as Error & { issues?: { message: string }[] }).issues;
    if (Array.isArray(issues) && issues.length > 0) return [...new Set(issues.map((issue) => resolveMessage(messages, issue.message)))].join(' · ');
    return resolveMessage(messages, error.message);
  }
  return resolveMessage(messages, String(error));
}

function parseParams(parameter: string): object | undefined {
  try {
    const parsed: unknown = JSON.parse(parameter);
    return parsed && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function splitCode(message: string): [string, string | undefined] {
  const bar = message.indexOf('|');
  return bar < 0 ? [message, undefined] : [message.slice(0, bar), message.slice(bar + 1)];
}
