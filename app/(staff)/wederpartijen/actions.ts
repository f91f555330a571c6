"use server";

import {
  addCommonOtherParties,
  createOtherParty,
  deactivateOtherParty,
  reactivateOtherParty,
  updateOtherParty,
} from "@/lib/other-parties/keep-other-parties";
import type { FormState } from "@/lib/form-state";
import { chooseFormAction, formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.

const LIST = { revalidate: "/wederpartijen" };

export const createOtherPartyAction = formAction(createOtherParty, LIST);
export const updateOtherPartyAction = formAction(updateOtherParty, LIST);
const ACTIVE_SWITCH = {
  deactivate: formAction(deactivateOtherParty, LIST),
  reactivate: formAction(reactivateOtherParty, LIST),
};
/** Off the list for new dossiers or back on it: the posted `change` says which. */
export async function setOtherPartyActiveAction(previous: FormState, form: FormData) {
  return chooseFormAction(ACTIVE_SWITCH, "change", previous, form);
}
export const addCommonOtherPartiesAction = formAction(addCommonOtherParties, LIST);
