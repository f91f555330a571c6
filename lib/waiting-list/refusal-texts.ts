import type { FormState } from "@/lib/form-state";
import { type PublicLocale, publicTranslator } from "@/lib/public/locales";
import { publicFormRefusal } from "@/lib/public-forms/refusals";
import type { WaitingListRefusal } from "./schema";

/**
 * A refused waiting-list form or offer click as the form's answer, in the client's language. The
 * codes the booking form shares are its texts (public.json booking.refusals); the waiting list's
 * own are in public.json waitingList.refusals.
 */
export function waitingListRefusal(
  locale: PublicLocale,
  refused: { refusal: WaitingListRefusal; fields?: Partial<Record<string, WaitingListRefusal>> },
  form: FormData,
): FormState<never> {
  const t = publicTranslator(locale);
  const text = (refusal: WaitingListRefusal) =>
    refusal === "offerUnusable" || refusal === "bookingClosed" || refusal === "consentRequired"
      ? t(`waitingList.refusals.${refusal}`)
      : t(`booking.refusals.${refusal}`);
  return publicFormRefusal(refused, text, form);
}
