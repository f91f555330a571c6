"use server";

import { formAction } from "@/lib/server-action";
import { deactivateUser, endUserSessions, reactivateUser, setUserPassword } from "@/lib/users/manage-user";

// Made by lib/server-action.ts: each use case authorises (admin, own organisation), validates and answers in Dutch.

const BEHEER = { revalidate: { layout: "/beheer" } };

export const deactivateUserAction = formAction(deactivateUser, BEHEER);
export const reactivateUserAction = formAction(reactivateUser, BEHEER);
export const endUserSessionsAction = formAction(endUserSessions, BEHEER);
/** The new password goes to the use case only; the form's answer never carries it back (form-state.ts). */
export const setUserPasswordAction = formAction(setUserPassword, BEHEER);
