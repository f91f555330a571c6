"use server";

import {
  closeSignal,
  markSignalRaised,
  mergeSignals,
  recordSignalAnswer,
  reopenSignal,
  rewordSignal,
} from "@/lib/signals/keep-register";
import { joinSignal, raiseSignal } from "@/lib/signals/raise-signal";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.

const DOSSIERS = { revalidate: "/dossiers" };
const REGISTER = { revalidate: ["/signalen", "/rapportages/signalen"] };

export const raiseSignalAction = formAction(raiseSignal, DOSSIERS);
export const joinSignalAction = formAction(joinSignal, DOSSIERS);
export const markSignalRaisedAction = formAction(markSignalRaised, REGISTER);
export const recordSignalAnswerAction = formAction(recordSignalAnswer, REGISTER);
export const closeSignalAction = formAction(closeSignal, REGISTER);
export const mergeSignalsAction = formAction(mergeSignals, REGISTER);
export const rewordSignalAction = formAction(rewordSignal, REGISTER);
export const reopenSignalAction = formAction(reopenSignal, REGISTER);
