import { z } from 'zod';

// The renderer's CSP forbids eval, so zod must not try to compile its parsers with new Function.
// Imported first in main.tsx: zod decides this when schemas are created, while modules load.
z.config({ jitless: true });
