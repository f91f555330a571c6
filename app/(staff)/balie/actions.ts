"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { bookAppointment } from "@/lib/desk/book-appointment";
import { intakeInput } from "@/lib/desk/intake-form";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { searchClients } from "@/lib/desk/search-clients";
import { cancelVisit, checkInAppointment, endConversation, markNoShow, startConversation } from "@/lib/desk/visit-transitions";
import { answer, formInput, type FormState } from "@/lib/form-state";

// Thin wrappers: who is asking comes from the session, everything else happens in lib/desk.

export async function registerWalkInAction(_previous: FormState, form: FormData) {
  const result = await registerWalkIn(await currentActor(), intakeInput(form));
  if (result.ok) revalidatePath("/balie");
  return answer(result, form);
}

/** A booked appointment leads to its printable slip. */
export async function bookAppointmentAction(_previous: FormState, form: FormData) {
  const result = await bookAppointment(await currentActor(), intakeInput(form));
  if (!result.ok) return answer(result, form);
  revalidatePath("/balie");
  redirect(`/balie/afspraak/${result.value.visitId}`);
}

/** Called by the search-as-you-type of the intake form, a script's enhancement: not a form. */
export async function searchClientsAction(input: unknown) {
  return searchClients(await currentActor(), input);
}

const VISIT_STEPS = { checkIn: checkInAppointment, start: startConversation, end: endConversation, noShow: markNoShow, cancel: cancelVisit };
export type VisitStep = keyof typeof VISIT_STEPS;

/** One form per visit; the button pressed names the step. */
export async function changeVisitAction(_previous: FormState, form: FormData) {
  const step = form instanceof FormData ? form.get("step") : null;
  const change = typeof step === "string" && Object.hasOwn(VISIT_STEPS, step) ? VISIT_STEPS[step as VisitStep] : null;
  if (!change) return answer({ ok: false, error: "Deze actie bestaat niet." }, form);
  const result = await change(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/balie");
  return answer(result, form);
}
