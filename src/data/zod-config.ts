import { z } from 'zod/mini';

/**
 * Zod compiles fast parsers with `new Function` when it may, and decides so when each schema is
 * built. The CSP forbids eval (no 'unsafe-eval'); even probing for it reports a CSP violation. So this
 * runs before any schema is defined: schema.ts imports it first.
 *
 * zod/mini loads no messages of its own; the English ones name the problem for the few cases the
 * validator passes on as they are.
 */
z.config({ jitless: true, ...z.locales.en() });
