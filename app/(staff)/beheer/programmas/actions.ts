"use server";

import type { FormState } from "@/lib/form-state";
import { grantProgrammeAccess, revokeProgrammeAccess } from "@/lib/programmes/grants";
import { chooseFormAction, formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers itself.
const ACCESS_SWITCH = {
  grant: formAction(grantProgrammeAccess, { revalidate: "/beheer/programmas" }),
  revoke: formAction(revokeProgrammeAccess, { revalidate: "/beheer/programmas" }),
};
/** Give a programme access to the partnership's figures, or take it back: the posted `change` says which. */
export async function setProgrammeAccessAction(previous: FormState, form: FormData) {
  return chooseFormAction(ACCESS_SWITCH, "change", previous, form);
}
