"use server";

import { formAction } from "@/lib/server-action";
import { correctTimeEntry } from "@/lib/time/correct-time-entry";
import { logOwnHours } from "@/lib/time/log-own-hours";

// Made by lib/server-action.ts. A corrected entry can be a dossier's, which shows its time.

export const logOwnHoursAction = formAction(logOwnHours, { revalidate: "/uren" });
export const correctTimeEntryAction = formAction(correctTimeEntry, { revalidate: ["/uren", "/dossiers"] });
