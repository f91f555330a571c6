import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { REPORT_ROLES } from "@/lib/auth/policy";
import { amsterdamDay } from "@/lib/dates";
import { rateOn } from "@/lib/reports/cost-benefit";
import { clock } from "@/lib/clock";
import { costRatesOf } from "./inputs";

/** The hourly rates valid today, which the settings form starts from. */
export async function getCurrentCostRate(actor: Actor | null, now = clock.now()) {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const today = amsterdamDay(now);
  return { today, rate: rateOn(await costRatesOf(coordinator.organisationId), today) };
}
