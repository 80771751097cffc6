import { z } from 'zod';

/**
 * Zod compiles fast parsers with `new Function` when it may, and decides so when each schema is
 * built. The CSP forbids eval (no 'unsafe-eval'); even probing for it reports a CSP violation. So this
 * runs before any schema is defined: schema.ts imports it first.
 */
z.config({ jitless: true });
