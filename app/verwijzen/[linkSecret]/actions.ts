"use server";

import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/audit";
import { appointmentPath } from "@/lib/booking/confirmation-mail";
import { absoluteUrl } from "@/lib/app-url";
import { formatLongDate, formatTime } from "@/lib/dates";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { bookByPartnerLink } from "@/lib/partner-links/book-by-partner-link";
import { publicFormRefusal } from "@/lib/public-forms/refusals";
import { partnerReferralTranslator } from "@/lib/partner-links/texts";

/** What the worker sees after booking, in Dutch. */
export type PartnerBookedView = { when: string; where: string; clientLink: string; feedbackRequested: boolean };

/**
 * The form behind a partner's link: no session, the link's secret (a hidden field, posted, never in
 * a query) is the authorisation; lib/partner-links decides what can be booked.
 */
export async function bookByPartnerLinkAction(
  _previous: FormState<PartnerBookedView>,
  form: FormData,
): Promise<FormState<PartnerBookedView>> {
  const input = formInput(form, { booleans: ["bookingConsent", "feedbackConsent"] });
  const booked = await bookByPartnerLink(input.linkSecret, input, { origin: originFromHeaders(await headers()) });
  const t = partnerReferralTranslator();
  if (!booked.ok) return publicFormRefusal(booked, (refusal) => t(`refusals.${refusal}`), form);
  const { value } = booked;
  const { location } = value;
  return answer(
    {
      ok: true,
      value: {
        when: t("bookedWhen", {
          date: formatLongDate(value.startsAt, "nl"),
          start: formatTime(value.startsAt),
          end: formatTime(value.endsAt),
        }),
        where: t("bookedWhere", { location: location.name, ...location }),
        clientLink: absoluteUrl(appointmentPath(value.clientLinkSecret)),
        feedbackRequested: value.feedbackRequested,
      },
    },
    form,
  );
}
