import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { CredentialKind } from "@/lib/generated/prisma/enums";
import { recordId, z } from "@/lib/zod";

const CREDENTIAL_KINDS = Object.values(CredentialKind);

export const recordCredentialSchema = z.object({
  userId: recordId("refusals.credentials.chooseAdvisor"),
  kind: z.enum(CREDENTIAL_KINDS, { error: "refusals.credentials.chooseKind" }),
  description: z
    .string({ error: "refusals.credentials.descriptionRequired" })
    .trim()
    .min(2, "refusals.credentials.descriptionRequired")
    .max(200, "refusals.common.atMost200"),
  validUntil: z
    .string({ error: "refusals.common.dayFormat" })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
    .refine(isCalendarDay, "refusals.common.dayNotReal"),
});

export const credentialRefSchema = z.object({ credentialId: recordId("refusals.credentials.notFound") });
