/**
 * The largest request body Spreekuur reads: a document of 10 MB (lib/documents/schema.ts) with the
 * rest of its form. Next.js's server actions and its proxy both get this limit (next.config.ts);
 * the proxy would otherwise cut a body at 10 MB and hand the action a broken upload.
 */
export const MAX_BODY_BYTES = 11 * 1024 * 1024;
