import type { FormState } from "@/lib/form-state";
import { type PublicLocale, publicTranslator } from "@/lib/public/locales";
import { publicFormRefusal } from "@/lib/public-forms/refusals";
import type { ChangeRefusal } from "./claim-slot";
import type { BookingRefusal } from "./schema";

/**
 * A refused booking or change as the form's answer, in the client's language: the overall message
 * and one per field, like every other form (lib/form-state.ts).
 */
export function refusedInClientLanguage(
  locale: PublicLocale,
  refused: { refusal: ChangeRefusal; fields?: Partial<Record<string, BookingRefusal>> },
  form: FormData,
): FormState<never> {
  const t = publicTranslator(locale);
  const text = (refusal: ChangeRefusal) =>
    refusal === "linkUnusable" ? t("appointment.unusableText") : t(`booking.refusals.${refusal}`);
  return publicFormRefusal(refused, text, form);
}
