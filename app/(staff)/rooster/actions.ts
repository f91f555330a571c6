"use server";

import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { staffSession } from "@/lib/schedule/staff-session";
import { updateConsultationHour } from "@/lib/schedule/update-consultation-hour";
import { sweepOrganisationAfterAnswer } from "@/lib/jobs/waiting-list-sweep";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.
// Fields named "…Ids" (checkbox groups) arrive as lists (formInput).

const ROOSTER = { revalidate: "/rooster" };

export const createConsultationHourAction = formAction(createConsultationHour, ROOSTER);
// A session starts without staff, so without half hours: nothing for the waiting list yet.
export const addExtraSessionAction = formAction(addExtraSession, ROOSTER);

// These add half hours, or remove some and with them the offers that held them, whose clients then
// wait for another: the waiting list is swept after each (lib/jobs/waiting-list-sweep.ts).
const ROOSTER_AND_WAITING_LIST = { ...ROOSTER, afterSuccess: sweepOrganisationAfterAnswer };

export const generateSessionsAction = formAction(generateSessions, ROOSTER_AND_WAITING_LIST);
export const updateConsultationHourAction = formAction(updateConsultationHour, ROOSTER_AND_WAITING_LIST);
export const cancelSessionAction = formAction(cancelSession, ROOSTER_AND_WAITING_LIST);
export const staffSessionAction = formAction(staffSession, ROOSTER_AND_WAITING_LIST);
export const removeStaffAction = formAction(removeStaff, ROOSTER_AND_WAITING_LIST);
