import { type Message, message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { ok, Refusal, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { readableReferrals, REFERRAL_CHANGED_MEANWHILE, REFERRAL_NOT_FOUND } from "./access";
import { NEXT_STATUSES, updateReferralStatusSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

// A status is final, or has two ways on (NEXT_STATUSES): the refusal names both.
function refusalFor(from: ReferralStatus, to: ReferralStatus): Message {
  const [allowed, alsoAllowed] = NEXT_STATUSES[from];
  if (!allowed || !alsoAllowed) return message("refusals.referrals.statusFinal", { from });
  return message("refusals.referrals.statusNotAllowed", { from, to, allowed, alsoAllowed });
}

export const updateReferralStatus = defineUseCase({
  name: "referrals.updateReferralStatus",
  roles: CASE_ROLES,
  input: updateReferralStatusSchema,
  run: async (actor, input): Promise<Result<{ status: ReferralStatus }>> => {
    await db.$transaction(async (tx) => {
      const referral = await tx.referral.findFirst({
        where: { ...readableReferrals(actor), id: input.referralId, direction: "OUT" },
        select: { id: true, status: true, clientId: true, caseId: true },
      });
      if (!referral || !referral.status) throw new Refusal(REFERRAL_NOT_FOUND);
      if (referral.status !== input.from) throw new Refusal(REFERRAL_CHANGED_MEANWHILE);
      if (!NEXT_STATUSES[input.from].includes(input.to)) throw new Refusal(refusalFor(input.from, input.to));
      // Conditional on the status just read: of two clicks at once, the second changes nothing.
      const { count } = await tx.referral.updateMany({
        where: { id: referral.id, status: input.from },
        data: { status: input.to },
      });
      if (count !== 1) throw new Refusal(REFERRAL_CHANGED_MEANWHILE);
      // The status decides whether an open case counts as referred; a close started before this change must be redone.
      if (referral.caseId)
        await tx.case.updateMany({
          where: { id: referral.caseId, status: { not: "CLOSED" } },
          data: { version: { increment: 1 } },
        });
      await recordAudit(
        {
          actor,
          action: "referral.status",
          access: "WRITE",
          entityType: "Referral",
          entityId: referral.id,
          clientId: referral.clientId,
          details: { from: input.from, to: input.to },
        },
        tx,
      );
    });
    return ok({ status: input.to });
  },
});
