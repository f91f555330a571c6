"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders } from "@/lib/audit";
import { isLinkSecret } from "@/lib/auth/one-time-link";
import { appointmentPath } from "@/lib/booking/confirmation-mail";
import { cancelByLink, moveByLink } from "@/lib/booking/manage";
import { refusedInClientLanguage } from "@/lib/booking/refusal-texts";
import { formInput, type FormState } from "@/lib/form-state";
import { parsePublicLocale } from "@/lib/public/locales";

// The client's personal link is the authorisation (lib/booking/manage.ts): no session.

export async function moveAppointmentAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  const input = formInput(form);
  const changed = await moveByLink(input.linkSecret, input, { origin: originFromHeaders(await headers()) });
  if (!changed.ok || !isLinkSecret(input.linkSecret))
    return refusedInClientLanguage(
      parsePublicLocale(input.locale),
      changed.ok ? { refusal: "linkUnusable" } : changed,
      form,
    );
  redirect(`${appointmentPath(input.linkSecret)}?verzet=1&taal=${parsePublicLocale(input.locale)}`);
}

export async function cancelAppointmentAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  const input = formInput(form);
  const changed = await cancelByLink(input.linkSecret, { origin: originFromHeaders(await headers()) });
  if (!changed.ok || !isLinkSecret(input.linkSecret))
    return refusedInClientLanguage(
      parsePublicLocale(input.locale),
      changed.ok ? { refusal: "linkUnusable" } : changed,
      form,
    );
  redirect(`${appointmentPath(input.linkSecret)}?afgezegd=1&taal=${parsePublicLocale(input.locale)}`);
}
