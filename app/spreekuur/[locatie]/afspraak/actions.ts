"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders } from "@/lib/audit";
import { bookOnline } from "@/lib/booking/book-online";
import { appointmentPath, sendBookingConfirmation } from "@/lib/booking/confirmation-mail";
import { refusedInClientLanguage } from "@/lib/booking/refusal-texts";
import { formInput, type FormState } from "@/lib/form-state";
import { parsePublicLocale } from "@/lib/public/locales";

/** The public booking form: no session; what the client may book is decided in lib/booking. */
export async function bookOnlineAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  const input = formInput(form, { booleans: ["consent", "reminder"] });
  const locale = parsePublicLocale(input.locale);
  const booked = await bookOnline(input, { origin: originFromHeaders(await headers()) });
  if (!booked.ok) return refusedInClientLanguage(locale, booked, form);
  const mailed = !booked.value.replayed && (await sendBookingConfirmation(booked.value));
  redirect(`${appointmentPath(booked.value.linkSecret)}?nieuw=1${mailed ? "&gemaild=1" : ""}`);
}
