// Plain constants, apart from the schema, so the letter form does not ship zod to the browser.

/** In the order the form offers them: the objection first, the most asked for at the consultation hour. */
export const LETTER_KINDS = [
  "OBJECTION",
  "PRO_FORMA_OBJECTION",
  "COMPLAINT",
  "PAYMENT_ARRANGEMENT",
  "GARNISHMENT_RECALCULATION",
  "TERM_EXTENSION",
  "SPECIAL_ASSISTANCE",
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Awb art. 6:5 lid 2: a copy of the decision goes with the objection where possible. */
export const DECISION_COPY_ATTACHMENT = "Kopie van het besluit";
