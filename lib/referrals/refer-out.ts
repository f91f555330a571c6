import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, Refusal, refuse, type Result } from "@/lib/result";
import { consentWithdrawn } from "@/lib/privacy/consent";
import { SHARE_CONSENT_WITHDRAWN } from "@/lib/privacy/schema";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase, INVALID_INPUT } from "@/lib/use-case";
import { CASE_CLOSED } from "./access";
import { CONSENT_TO_SHARE_REQUIRED, referOutSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * The advisor sends the client on to a partner of the social map. A warm handover passes the
 * client's information on, so it needs the client's consent, recorded with its scope and date;
 * "information only" tells the client where to go and shares nothing.
 */
export const referOut = defineUseCase({
  name: "referrals.referOut",
  roles: CASE_ROLES,
  input: referOutSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }): Promise<Result<{ referralId: string }>> => {
    if (input.handover === "WARM" && !input.consent)
      return refuse(CONSENT_TO_SHARE_REQUIRED, { consent: [CONSENT_TO_SHARE_REQUIRED] });
    if (input.followUpOn && input.followUpOn < amsterdamDay(now)) {
      return refuse(INVALID_INPUT, { followUpOn: ["refusals.referrals.followUpInPast"] });
    }
    const value = await db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) throw new Refusal(CASE_NOT_FOUND);
      // A ticked box in the referral form does not undo a withdrawal the client asked for:
      // sharing needs the consent given again first, on purpose (lib/privacy/consent.ts).
      if (
        input.handover === "WARM" &&
        (await consentWithdrawn(tx, actor.organisationId, dossier.clientId, "SHARE_WITH_PARTNER"))
      )
        throw new Refusal(SHARE_CONSENT_WITHDRAWN);
      const partner = await tx.partner.findFirst({
        where: { id: input.partnerId, organisationId: actor.organisationId, active: true },
        select: { id: true, name: true },
      });
      if (!partner) throw new Refusal("refusals.referrals.choosePartner");
      // A referral changes the outcome the case closes with: raising the version makes a close
      // started from a screen without this referral fail instead of closing with a stale outcome.
      const { count } = await tx.case.updateMany({
        where: { id: dossier.id, status: { not: "CLOSED" } },
        data: { version: { increment: 1 } },
      });
      if (count !== 1) throw new Refusal(CASE_CLOSED);

      const consent =
        input.handover === "WARM"
          ? await tx.consent.create({
              data: {
                organisationId: actor.organisationId,
                clientId: dossier.clientId,
                purpose: "SHARE_WITH_PARTNER",
                legalBasis: "CONSENT",
                givenAt: now,
                scope: `Delen met ${partner.name}: ${input.sharedInformation}`,
                recordedById: actor.userId,
              },
              select: { id: true },
            })
          : null;
      const referral = await tx.referral.create({
        data: {
          organisationId: actor.organisationId,
          direction: "OUT",
          clientId: dossier.clientId,
          caseId: dossier.id,
          partnerId: partner.id,
          reason: input.reason,
          handover: input.handover,
          status: "SENT",
          consentId: consent?.id ?? null,
          followUpOn: input.followUpOn ? dateColumn(input.followUpOn) : null,
          createdById: actor.userId,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.caseAction.create({
        data: {
          organisationId: actor.organisationId,
          caseId: dossier.id,
          kind: "REFERRAL",
          description: `Doorverwezen naar ${partner.name}`,
          performedById: actor.userId,
          performedAt: now,
        },
      });
      await recordAudit(
        {
          actor,
          action: "referral.create",
          access: "WRITE",
          entityType: "Referral",
          entityId: referral.id,
          clientId: dossier.clientId,
          details: {
            direction: "OUT",
            partnerId: partner.id,
            handover: input.handover,
            consentId: consent?.id ?? null,
          },
        },
        tx,
      );
      return recordSubmission(tx, submission, { referralId: referral.id });
    });
    return ok(value);
  },
});
