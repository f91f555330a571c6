import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { logQuickContactSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * Most questions are settled in the half hour: a letter explained, information given. The advisor
 * logs that in seconds, without a dossier; it counts in the figures like a dossier does, and can
 * become one later. Keeping no dossier also means keeping less personal data.
 */
export const logQuickContact = defineUseCase({
  name: "cases.logQuickContact",
  roles: CASE_ROLES,
  input: logQuickContactSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const visit = await tx.visit.findFirst({
        where: { id: input.visitId, ...scopedToOrganisation(actor) },
        select: { id: true, clientId: true, status: true, caseId: true },
      });
      if (!visit) return refuse("refusals.desk.visitNotFound");
      if (visit.caseId) return refuse("refusals.cases.visitHasContact");
      if (visit.status !== "IN_CONVERSATION" && visit.status !== "DONE")
        return refuse("refusals.cases.contactDuringConversation");
      const domain = await tx.legalDomain.findFirst({
        where: { id: input.legalDomainId, active: true },
        select: { id: true },
      });
      if (!domain) return refuse("refusals.cases.legalDomainFromList");

      const contact = await tx.case.create({
        data: {
          organisationId: actor.organisationId,
          clientId: visit.clientId,
          responsibleAdvisorId: actor.userId,
          kind: "QUICK_CONTACT",
          status: "CLOSED",
          openedAt: now,
          closedAt: now,
          outcome: input.outcome,
          solvedWithoutReferral: input.outcome === "SOLVED" || input.outcome === "PARTLY_SOLVED",
          legalDomains: { create: { legalDomainId: domain.id, primary: true } },
          actions: {
            create: [...new Set(input.actions)].map((kind) => ({
              organisationId: actor.organisationId,
              kind,
              performedById: actor.userId,
              performedAt: now,
            })),
          },
        },
        select: { id: true },
      });
      await tx.visit.update({ where: { id: visit.id }, data: { caseId: contact.id } });
      await recordAudit(
        {
          actor,
          action: "case.quick_contact",
          access: "WRITE",
          entityType: "Case",
          entityId: contact.id,
          clientId: visit.clientId,
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { caseId: contact.id }));
    });
  },
});
