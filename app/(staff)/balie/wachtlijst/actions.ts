"use server";

import { sweepOrganisationAfterAnswer } from "@/lib/jobs/waiting-list-sweep";
import { formAction } from "@/lib/server-action";
import { waitingListInput } from "@/lib/waiting-list/desk-form";
import { addToWaitingList, withdrawFromWaitingList } from "@/lib/waiting-list/manage-list";
import { bookOfferAtDesk } from "@/lib/waiting-list/offers";

// Made by lib/server-action.ts: who is asking comes from the session, everything else happens in lib/waiting-list.

// Who waits changed: someone new may take a half hour that is free now, and a withdrawn client's
// offer lets its half hour go to the next one (lib/jobs/waiting-list-sweep.ts).
export const addToWaitingListAction = formAction(addToWaitingList, {
  input: waitingListInput,
  revalidate: "/balie/wachtlijst",
  afterSuccess: sweepOrganisationAfterAnswer,
});

export const withdrawFromWaitingListAction = formAction(withdrawFromWaitingList, {
  revalidate: "/balie/wachtlijst",
  afterSuccess: sweepOrganisationAfterAnswer,
});

/** The client said yes on the phone: the offered half hour is booked, and the desk shows its slip. */
export const bookOfferAtDeskAction = formAction(bookOfferAtDesk, {
  revalidate: ["/balie/wachtlijst", "/balie"],
  redirectTo: ({ visitId }) => `/balie/afspraak/${visitId}`,
});
