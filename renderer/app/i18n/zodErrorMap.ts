import type { z } from 'zod';
import { validationMessage } from '../../../shared/domain/validationCodes';

type Issue = z.core.$ZodRawIssue;

/**
 * zod's default messages are English and technical ("Too big: expected number to be <=90"). Every issue
 * without a message of its own gets a validation code instead, which the UI shows in its language
 * (resolveMessage). Messages set in the schemas (codes) win over this map.
 */
export function validationCodeOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'number' || issue.expected === 'int') return 'numberExpected';
      return 'required';
    }
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') return validationMessage('numberMax', String(issue.maximum));
      if (issue.origin === 'string') return validationMessage('textTooLong', String(issue.maximum));
      return 'invalidValue';
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') return validationMessage('numberMin', String(issue.minimum));
      return 'required';
    case 'invalid_format':
      return issue.format === 'email' ? 'emailInvalid' : 'invalidValue';
    case 'invalid_value':
      return 'chooseOption';
    case 'not_multiple_of':
      return 'integerExpected';
    default:
      return 'invalidValue';
  }
}
