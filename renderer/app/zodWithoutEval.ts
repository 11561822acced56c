import * as zod from 'zod/v4';
import { validationCodeOf } from './i18n/zodErrorMap';

/**
 * The renderer's CSP forbids eval, so zod must not try to compile its parsers with new Function
 * (its probe alone logs a CSP violation). zod decides this when an object schema is created, so
 * the setting must come before the first schema of any module. The renderer build resolves the
 * bare import 'zod' to this module (vite.config.ts): every module that creates a schema imports
 * it, and ES modules run an import completely before the importer, so no chunk order can put a
 * schema first. It re-exports zod unchanged.
 *
 * The same goes for the error map: zod's issues get validation codes (i18n/zodErrorMap.ts) wherever
 * zod is first loaded, which is no longer at start-up (the schemas load with the first write).
 */
zod.config({ jitless: true, customError: (issue) => validationCodeOf(issue) });

export * from 'zod/v4';
export { default, default as z } from 'zod/v4';
