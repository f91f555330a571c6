// Apart from the schema, so the merge form does not ship zod to the browser.

/** The word typed to confirm a merge: it cannot be undone, so it is a deliberate act. */
export const MERGE_CONFIRMATION_WORD = "SAMENVOEGEN";
