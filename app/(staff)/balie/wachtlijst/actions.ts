"use server";

import { formAction } from "@/lib/server-action";
import { waitingListInput } from "@/lib/waiting-list/desk-form";
import { addToWaitingList, withdrawFromWaitingList } from "@/lib/waiting-list/manage-list";
import { bookOfferAtDesk } from "@/lib/waiting-list/offers";

// Made by lib/server-action.ts: who is asking comes from the session, everything else happens in lib/waiting-list.

export const addToWaitingListAction = formAction(addToWaitingList, {
  input: waitingListInput,
  revalidate: "/balie/wachtlijst",
});

export const withdrawFromWaitingListAction = formAction(withdrawFromWaitingList, { revalidate: "/balie/wachtlijst" });

/** The client said yes on the phone: the offered half hour is booked, and the desk shows its slip. */
export const bookOfferAtDeskAction = formAction(bookOfferAtDesk, {
  revalidate: ["/balie/wachtlijst", "/balie"],
  redirectTo: ({ visitId }) => `/balie/afspraak/${visitId}`,
});
