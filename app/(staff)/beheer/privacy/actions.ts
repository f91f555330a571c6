"use server";

import { mergeClients } from "@/lib/clients/merge-clients";
import { sweepOrganisationAfterAnswer } from "@/lib/jobs/waiting-list-sweep";
import { recordConsent, withdrawConsent } from "@/lib/privacy/consent";
import { eraseClient } from "@/lib/privacy/erase-client";
import { setRetentionMonths } from "@/lib/privacy/set-retention";
import type { FormState } from "@/lib/form-state";
import { chooseFormAction, formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.

const PRIVACY = { revalidate: { layout: "/beheer/privacy" } };

export const setRetentionMonthsAction = formAction(setRetentionMonths, PRIVACY);
const CONSENT_SWITCH = { record: formAction(recordConsent, PRIVACY), withdraw: formAction(withdrawConsent, PRIVACY) };
/** Record a consent or withdraw it: the posted `change` says which. */
export async function changeConsentAction(previous: FormState, form: FormData) {
  return chooseFormAction(CONSENT_SWITCH, "change", previous, form);
}
// Anonymising or merging lets a half hour offered to the client go (lib/waiting-list/close-places.ts):
// the next one waiting hears of it now, not at the five-minute job (lib/jobs/waiting-list-sweep.ts).
const PRIVACY_AND_WAITING_LIST = { ...PRIVACY, afterSuccess: sweepOrganisationAfterAnswer };
export const eraseClientAction = formAction(eraseClient, PRIVACY_AND_WAITING_LIST);
export const mergeClientsAction = formAction(mergeClients, PRIVACY_AND_WAITING_LIST);
