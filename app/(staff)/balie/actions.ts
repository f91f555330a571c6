"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { bookAppointment } from "@/lib/desk/book-appointment";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { searchClients } from "@/lib/desk/search-clients";
import { cancelVisit, checkInAppointment, endConversation, markNoShow, startConversation } from "@/lib/desk/visit-transitions";

// Thin wrappers: who is asking comes from the session, everything else happens in lib/desk.

export async function registerWalkInAction(input: unknown) {
  const result = await registerWalkIn(await currentActor(), input);
  if (result.ok) revalidatePath("/balie");
  return result;
}

export async function bookAppointmentAction(input: unknown) {
  const result = await bookAppointment(await currentActor(), input);
  if (result.ok) revalidatePath("/balie");
  return result;
}

export async function searchClientsAction(input: unknown) {
  return searchClients(await currentActor(), input);
}

const VISIT_STEPS = { checkIn: checkInAppointment, start: startConversation, end: endConversation, noShow: markNoShow, cancel: cancelVisit };
export type VisitStep = keyof typeof VISIT_STEPS;

export async function changeVisitAction(step: VisitStep, input: unknown) {
  const change = Object.hasOwn(VISIT_STEPS, step) ? VISIT_STEPS[step] : null;
  if (!change) return { ok: false as const, error: "Deze actie bestaat niet." };
  const result = await change(await currentActor(), input);
  if (result.ok) revalidatePath("/balie");
  return result;
}
