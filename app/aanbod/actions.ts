"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders } from "@/lib/audit";
import { isLinkSecret } from "@/lib/auth/one-time-link";
import { appointmentPath } from "@/lib/booking/confirmation-mail";
import { formInput, type FormState } from "@/lib/form-state";
import { offerFreedSlotsAfterAnswer } from "@/lib/jobs/waiting-list-sweep";
import { parsePublicLocale } from "@/lib/public/locales";
import { declineOffer, takeOffer } from "@/lib/waiting-list/offers";
import { offerPath } from "@/lib/waiting-list/paths";
import { waitingListRefusal } from "@/lib/waiting-list/refusal-texts";

// The offer link is the authorisation (lib/waiting-list/offers.ts): no session.

/** "Yes": the half hour is booked; the client goes on to the appointment's own page and link. */
export async function takeOfferAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  const input = formInput(form);
  const locale = parsePublicLocale(input.locale);
  const taken = await takeOffer(input.offerSecret, { origin: originFromHeaders(await headers()), locale });
  if (!taken.ok) return waitingListRefusal(locale, taken, form);
  redirect(`${appointmentPath(taken.value.linkSecret)}?nieuw=1&taal=${locale}`);
}

/** "No thanks": the half hour goes to the next one waiting; the page says so. */
export async function declineOfferAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  const input = formInput(form);
  const locale = parsePublicLocale(input.locale);
  const declined = await declineOffer(input.offerSecret);
  if (!declined.ok || !isLinkSecret(input.offerSecret))
    return waitingListRefusal(locale, { refusal: "offerUnusable" }, form);
  // The declined half hour goes to the next one waiting (lib/jobs/waiting-list-sweep.ts).
  offerFreedSlotsAfterAnswer(declined.value.freed);
  redirect(`${offerPath(input.offerSecret)}?nee=1&taal=${locale}`);
}
