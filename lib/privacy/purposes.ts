import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

/** Every purpose a client can consent to, in the order the privacy page lists them. */
export const CONSENT_PURPOSES = [
  "DOSSIER",
  "SHARE_WITH_PARTNER",
  "REFERRER_FEEDBACK",
  "STORY",
  "CONTACT_BY_PHONE",
  "CONTACT_BY_EMAIL",
  "ONLINE_BOOKING",
  "APPOINTMENT_REMINDER",
  "WAITING_LIST",
] as const satisfies readonly ConsentPurpose[];
