"use server";

import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { staffSession } from "@/lib/schedule/staff-session";
import { updateConsultationHour } from "@/lib/schedule/update-consultation-hour";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.
// Fields named "…Ids" (checkbox groups) arrive as lists (formInput).

const ROOSTER = { revalidate: "/rooster" };

export const generateSessionsAction = formAction(generateSessions, ROOSTER);
export const createConsultationHourAction = formAction(createConsultationHour, ROOSTER);
export const updateConsultationHourAction = formAction(updateConsultationHour, ROOSTER);
export const cancelSessionAction = formAction(cancelSession, ROOSTER);
export const addExtraSessionAction = formAction(addExtraSession, ROOSTER);
export const staffSessionAction = formAction(staffSession, ROOSTER);
export const removeStaffAction = formAction(removeStaff, ROOSTER);
