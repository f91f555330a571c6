"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { originFromHeaders } from "@/lib/audit";
import { bookOnline } from "@/lib/booking/book-online";
import { admitBookingConfirmation, appointmentPath, sendBookingConfirmation } from "@/lib/booking/confirmation-mail";
import { refusedInClientLanguage } from "@/lib/booking/refusal-texts";
import { formInput, type FormState } from "@/lib/form-state";
import { parsePublicLocale } from "@/lib/public/locales";

/** The public booking form: no session; what the client may book is decided in lib/booking. */
export async function bookOnlineAction(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  const input = formInput(form, { booleans: ["consent", "reminder"] });
  const locale = parsePublicLocale(input.locale);
  const booked = await bookOnline(input, { origin: originFromHeaders(await headers()) });
  if (!booked.ok) return refusedInClientLanguage(locale, booked, form);
  const { value } = booked;
  // The booking stands: a slow mail server must not keep the client waiting for its link. Whether
  // a mail goes is decided first, so the page promises one only when it does.
  const mailing = await admitBookingConfirmation(value);
  if (mailing) after(() => sendBookingConfirmation(value));
  redirect(`${appointmentPath(value.linkSecret)}?nieuw=1${mailing ? "&gemaild=1" : ""}`);
}
