"use server";

import { completeAftercareTask } from "@/lib/aftercare/complete-aftercare-task";
import { createAftercareTask } from "@/lib/aftercare/create-aftercare-task";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts. Completing a task can log time, which the hours page shows.

export const createAftercareTaskAction = formAction(createAftercareTask, { revalidate: ["/nazorg", "/dossiers"] });
export const completeAftercareTaskAction = formAction(completeAftercareTask, {
  revalidate: ["/nazorg", "/dossiers", "/uren"],
});
