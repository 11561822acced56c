import { z } from 'zod';

// The page's CSP forbids eval: zod must not compile its parsers. Imported first by the harness,
// because zod decides this when a schema is created, i.e. while the other modules load.
z.config({ jitless: true });
