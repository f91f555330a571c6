"use server";

import { formAction } from "@/lib/server-action";
import { setHoursPlan } from "@/lib/time/hours-plan";

export const setHoursPlanAction = formAction(setHoursPlan, { revalidate: "/rapportages/uren" });
