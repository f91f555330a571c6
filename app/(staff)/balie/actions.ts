"use server";

import { bookAppointment } from "@/lib/desk/book-appointment";
import { intakeInput } from "@/lib/desk/intake-form";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { searchClients } from "@/lib/desk/search-clients";
import {
  cancelVisit,
  checkInAppointment,
  endConversation,
  markNoShow,
  startConversation,
} from "@/lib/desk/visit-transitions";
import type { FormState } from "@/lib/form-state";
import { sweepFreedSlotAfterAnswer } from "@/lib/jobs/waiting-list-sweep";
import { chooseFormAction, formAction, scriptAction } from "@/lib/server-action";

// Made by lib/server-action.ts: who is asking comes from the session, everything else happens in lib/desk.

export const registerWalkInAction = formAction(registerWalkIn, { input: intakeInput, revalidate: "/balie" });

/** A booked appointment leads to its printable slip. */
export const bookAppointmentAction = formAction(bookAppointment, {
  input: intakeInput,
  revalidate: "/balie",
  redirectTo: ({ visitId }) => `/balie/afspraak/${visitId}`,
});

/** Called by the search-as-you-type of the intake form, a script's enhancement: not a form. */
export const searchClientsAction = scriptAction(searchClients);

const VISIT_STEPS = {
  checkIn: formAction(checkInAppointment, { revalidate: "/balie" }),
  // A return visit: the advisor goes on in the client's dossier.
  start: formAction(startConversation, {
    revalidate: "/balie",
    redirectTo: ({ dossierId }) => (dossierId ? `/dossiers/${dossierId}` : null),
  }),
  end: formAction(endConversation, { revalidate: "/balie" }),
  // Both may give a half hour back, for the waiting list (lib/jobs/waiting-list-sweep.ts).
  noShow: formAction(markNoShow, { revalidate: "/balie", afterSuccess: sweepFreedSlotAfterAnswer }),
  cancel: formAction(cancelVisit, { revalidate: "/balie", afterSuccess: sweepFreedSlotAfterAnswer }),
};
export type VisitStep = keyof typeof VISIT_STEPS;

/** One form per visit; the button pressed names the step, which is one of the actions above. */
export async function changeVisitAction(previous: FormState, form: FormData) {
  return chooseFormAction(VISIT_STEPS, "step", previous, form);
}
