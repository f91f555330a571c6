"use server";

import {
  addCommonOtherParties,
  createOtherParty,
  deactivateOtherParty,
  reactivateOtherParty,
  updateOtherParty,
} from "@/lib/other-parties/keep-other-parties";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.

const LIST = { revalidate: "/wederpartijen" };

export const createOtherPartyAction = formAction(createOtherParty, LIST);
export const updateOtherPartyAction = formAction(updateOtherParty, LIST);
export const deactivateOtherPartyAction = formAction(deactivateOtherParty, LIST);
export const reactivateOtherPartyAction = formAction(reactivateOtherParty, LIST);
export const addCommonOtherPartiesAction = formAction(addCommonOtherParties, LIST);
