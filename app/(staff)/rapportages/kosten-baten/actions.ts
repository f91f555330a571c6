"use server";

import { setCostRate } from "@/lib/costs/set-cost-rate";
import { formAction } from "@/lib/server-action";

export const setCostRateAction = formAction(setCostRate, { revalidate: "/rapportages/kosten-baten" });
