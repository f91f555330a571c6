// Plain constants, apart from the schema, so the upload form does not ship zod to the browser.

/** 10 MB: a phone photo or a scanned letter of a few pages fits; the server-action body allows 11 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_TOO_LARGE = "refusals.documents.tooLarge";

/** What an advisor can upload; a GENERATED_LETTER only comes from the letters feature. */
export const UPLOAD_KINDS = ["CLIENT_LETTER", "REFERRAL_NOTE", "OTHER"] as const;
