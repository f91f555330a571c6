// Plain constants, apart from the schema, so the letter form does not ship zod to the browser.

export const LETTER_KINDS = ["OBJECTION", "COMPLAINT"] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Awb art. 6:5 lid 2: a copy of the decision goes with the objection where possible. */
export const DECISION_COPY_ATTACHMENT = "Kopie van het besluit";
