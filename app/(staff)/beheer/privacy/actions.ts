"use server";

import { mergeClients } from "@/lib/clients/merge-clients";
import { recordConsent, withdrawConsent } from "@/lib/privacy/consent";
import { eraseClient } from "@/lib/privacy/erase-client";
import { setRetentionMonths } from "@/lib/privacy/set-retention";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.

const PRIVACY = { revalidate: { layout: "/beheer/privacy" } };

export const setRetentionMonthsAction = formAction(setRetentionMonths, PRIVACY);
export const recordConsentAction = formAction(recordConsent, PRIVACY);
export const withdrawConsentAction = formAction(withdrawConsent, PRIVACY);
export const eraseClientAction = formAction(eraseClient, PRIVACY);
export const mergeClientsAction = formAction(mergeClients, PRIVACY);
