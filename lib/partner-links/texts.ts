import { createTranslator } from "next-intl";
import nl from "@/messages/nl/partner-links.json";

/**
 * The partner's pages and mails speak Dutch only: partners are Dutch professionals, and a staff
 * member's language cookie on the same computer must not change them. Read straight from the
 * Dutch file (messages/nl/partner-links.json), like the client texts (lib/i18n/client-locales.ts).
 */
export function partnerReferralTranslator() {
  return createTranslator({ locale: "nl", messages: nl, namespace: "partnerReferral", timeZone: "Europe/Amsterdam" });
}
