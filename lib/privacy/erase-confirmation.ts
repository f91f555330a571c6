// Apart from the schema, so the erase form does not ship zod to the browser.

/** The word the admin types to confirm an erasure: a deliberate act, not a slip of the mouse. */
export const ERASE_CONFIRMATION_WORD = "ANONIMISEREN";
