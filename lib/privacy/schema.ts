import type { MessageKey } from "@/lib/i18n/message-key";
import { ERASE_CONFIRMATION_WORD } from "./erase-confirmation";
import { CONSENT_PURPOSES } from "./purposes";
import { z } from "@/lib/zod";

export const CLIENT_NOT_FOUND = "refusals.desk.clientNotFound";
export const ALREADY_ANONYMISED = "refusals.privacy.alreadyAnonymised";

export const ERASE_CONFIRMATION_WRONG: MessageKey = "refusals.privacy.eraseConfirmationWrong";

export const SHARE_CONSENT_WITHDRAWN: MessageKey = "refusals.privacy.shareConsentWithdrawn";

const RETENTION_MIN_MONTHS = 6;
const RETENTION_MAX_MONTHS = 120;
export const RETENTION_OUT_OF_RANGE: MessageKey = "refusals.privacy.retentionOutOfRange";

const clientId = z
  .string({ error: "refusals.desk.chooseClient" })
  .trim()
  .min(1, "refusals.desk.chooseClient")
  .max(40, "refusals.desk.chooseClient");

export const privacySearchSchema = z.object({
  query: z
    .string({ error: "refusals.privacy.searchRequired" })
    .trim()
    .min(2, "refusals.privacy.searchTooShort")
    .max(100, "refusals.common.atMost100"),
});

export const eraseClientSchema = z.object({
  clientId,
  confirmation: z
    .string({ error: ERASE_CONFIRMATION_WRONG })
    .trim()
    .refine((value) => value.toUpperCase() === ERASE_CONFIRMATION_WORD, ERASE_CONFIRMATION_WRONG),
});

const purpose = z.enum(CONSENT_PURPOSES, { error: "refusals.privacy.choosePurpose" });

export const recordConsentSchema = z.object({
  clientId,
  purpose,
  /** What the client agreed to, in the words used with them. */
  scope: z
    .string({ error: "refusals.privacy.scopeRequired" })
    .trim()
    .max(1000, "refusals.common.atMost1000")
    .optional()
    .transform((value) => value || null),
});

export const withdrawConsentSchema = z.object({ clientId, purpose });

export const retentionSchema = z.object({
  months: z.coerce
    .number({ error: RETENTION_OUT_OF_RANGE })
    .int(RETENTION_OUT_OF_RANGE)
    .min(RETENTION_MIN_MONTHS, RETENTION_OUT_OF_RANGE)
    .max(RETENTION_MAX_MONTHS, RETENTION_OUT_OF_RANGE),
});
