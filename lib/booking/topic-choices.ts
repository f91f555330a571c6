import type { PublicTranslator } from "@/lib/public/locales";
import { BOOKING_TOPICS } from "./schema";

/**
 * The topics of the booking form and a partner's referral form, each with its plain name in the
 * page's language (public.json, booking.topics).
 */
export function topicChoices(t: PublicTranslator): { code: string; label: string }[] {
  return BOOKING_TOPICS.map((code) => ({
    code,
    label: t(`booking.topics.${code}` as Parameters<PublicTranslator>[0]),
  }));
}
