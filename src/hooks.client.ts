import { z } from 'zod';

/**
 * zod compiles its object parsers with `new Function` when it can, and probes for that by
 * calling `Function('')`: the page's Content-Security-Policy (no 'unsafe-eval') refuses the
 * probe and reports a violation. The page parses a few small objects, so the interpreted
 * parsers cost nothing noticeable; workers have no such policy and keep the compiled ones.
 */
z.config({ jitless: true });
