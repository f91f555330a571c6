"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders, type RequestOrigin } from "@/lib/audit";
import { isLinkSecret } from "@/lib/auth/one-time-link";
import { appointmentPath } from "@/lib/booking/confirmation-mail";
import { cancelByLink, type ManageAnswer, moveByLink } from "@/lib/booking/manage";
import { refusedInClientLanguage } from "@/lib/booking/refusal-texts";
import { formInput, type FormState } from "@/lib/form-state";
import { offerFreedSlotsAfterAnswer } from "@/lib/jobs/waiting-list-sweep";
import { parsePublicLocale } from "@/lib/public/locales";

// The client's personal link is the authorisation (lib/booking/manage.ts): no session.

type LinkChange = (input: Record<string, unknown>, origin: RequestOrigin) => Promise<ManageAnswer>;

/** A change through the link, answered on the appointment page with a notice (`done`) in the address. */
async function changeByLink(form: FormData, change: LinkChange, done: "verzet" | "afgezegd") {
  const input = formInput(form);
  const locale = parsePublicLocale(input.locale);
  const changed = await change(input, originFromHeaders(await headers()));
  if (!changed.ok || !isLinkSecret(input.linkSecret))
    return refusedInClientLanguage(locale, changed.ok ? { refusal: "linkUnusable" } : changed, form);
  // A cancellation, and a move just as well, frees a half hour: it goes to the first one waiting
  // now. Only that one: the location's other free half hours are the five-minute job's to offer.
  if (changed.freed.slotId) offerFreedSlotsAfterAnswer(changed.freed);
  redirect(`${appointmentPath(input.linkSecret)}?${done}=1&taal=${locale}`);
}

export async function moveAppointmentAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  return changeByLink(form, (input, origin) => moveByLink(input.linkSecret, input, { origin }), "verzet");
}

export async function cancelAppointmentAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  return changeByLink(form, (input, origin) => cancelByLink(input.linkSecret, { origin }), "afgezegd");
}
