import { z } from 'zod/mini';

/**
 * Zod compiles fast parsers with `new Function` when it may, and decides so when each schema is
 * built. The CSP forbids eval (no 'unsafe-eval'); even probing for it reports a CSP violation. So this
 * runs before any schema is defined: schema.ts imports it first.
 *
 * No zod messages are loaded (zod/mini has none of its own, and its English ones would cost every
 * page 1 kB): the validator words each problem itself, or passes on the schema's own message.
 */
z.config({ jitless: true });
