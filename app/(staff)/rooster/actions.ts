"use server";

import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { staffSession } from "@/lib/schedule/staff-session";
import { updateConsultationHour } from "@/lib/schedule/update-consultation-hour";
import type { FormState } from "@/lib/form-state";
import { sweepingWaitingListsAfter } from "@/lib/jobs/waiting-list-sweep";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.
// Fields named "…Ids" (checkbox groups) arrive as lists (formInput).

const ROOSTER = { revalidate: "/rooster" };

export const createConsultationHourAction = formAction(createConsultationHour, ROOSTER);
// A session starts without staff, so without half hours: nothing for the waiting list yet.
export const addExtraSessionAction = formAction(addExtraSession, ROOSTER);

// These add half hours, or remove some and with them the offers that held them, whose clients then
// wait for another: the waiting list is swept after each (lib/jobs/waiting-list-sweep.ts).
const generateSessionsForm = sweepingWaitingListsAfter(formAction(generateSessions, ROOSTER));
const updateConsultationHourForm = sweepingWaitingListsAfter(formAction(updateConsultationHour, ROOSTER));
const cancelSessionForm = sweepingWaitingListsAfter(formAction(cancelSession, ROOSTER));
const staffSessionForm = sweepingWaitingListsAfter(formAction(staffSession, ROOSTER));
const removeStaffForm = sweepingWaitingListsAfter(formAction(removeStaff, ROOSTER));

export async function generateSessionsAction(previous: FormState, form: FormData) {
  return generateSessionsForm(previous, form);
}
export async function updateConsultationHourAction(previous: FormState, form: FormData) {
  return updateConsultationHourForm(previous, form);
}
export async function cancelSessionAction(previous: FormState, form: FormData) {
  return cancelSessionForm(previous, form);
}
export async function staffSessionAction(previous: FormState, form: FormData) {
  return staffSessionForm(previous, form);
}
export async function removeStaffAction(previous: FormState, form: FormData) {
  return removeStaffForm(previous, form);
}
