"use server";

import { invitePerson, reissueInvitation } from "@/lib/people/invite-person";
import { updatePerson } from "@/lib/people/update-person";
import type { FormState } from "@/lib/form-state";
import { chooseFormAction, formAction } from "@/lib/server-action";
import { deactivateUser, endUserSessions, reactivateUser, setUserPassword } from "@/lib/users/manage-user";

// Made by lib/server-action.ts: each use case authorises (admin, own organisation), validates and answers in Dutch.

const BEHEER = { revalidate: { layout: "/beheer" } };
/** A person's roles are a group of checkboxes: every ticked one, none when none is. */
const PERSON = { ...BEHEER, input: { lists: ["roles"] } };

const ACTIVE_SWITCH = {
  deactivate: formAction(deactivateUser, BEHEER),
  reactivate: formAction(reactivateUser, BEHEER),
};
/** Deactivate or reactivate an account: the posted `change` says which. */
export async function setUserActiveAction(previous: FormState, form: FormData) {
  return chooseFormAction(ACTIVE_SWITCH, "change", previous, form);
}
export const endUserSessionsAction = formAction(endUserSessions, BEHEER);
/** The new password goes to the use case only; the form's answer never carries it back (form-state.ts). */
export const setUserPasswordAction = formAction(setUserPassword, BEHEER);

/** The answer carries the invitation link once, for the admin to copy; it is stored nowhere. */
export const invitePersonAction = formAction(invitePerson, PERSON);
export const reissueInvitationAction = formAction(reissueInvitation, BEHEER);
export const updatePersonAction = formAction(updatePerson, PERSON);
