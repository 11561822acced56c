import * as zod from 'zod/v4';

/**
 * The renderer's CSP forbids eval, so zod must not try to compile its parsers with new Function
 * (its probe alone logs a CSP violation). zod decides this when an object schema is created, so
 * the setting must come before the first schema of any module. The renderer build resolves the
 * bare import 'zod' to this module (vite.config.ts): every module that creates a schema imports
 * it, and ES modules run an import completely before the importer, so no chunk order can put a
 * schema first. It re-exports zod unchanged.
 */
zod.config({ jitless: true });

export * from 'zod/v4';
export { default, default as z } from 'zod/v4';
