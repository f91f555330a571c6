"use server";

import { mergeClients } from "@/lib/clients/merge-clients";
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
export const eraseClientAction = formAction(eraseClient, PRIVACY);
export const mergeClientsAction = formAction(mergeClients, PRIVACY);
