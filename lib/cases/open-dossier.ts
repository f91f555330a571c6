import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ok, Refusal } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { openDossierSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * A dossier opened during or after a conversation: the advisor becomes responsible, the client's
 * consent is recorded, and the visit joins the dossier's timeline.
 */
export const openDossier = defineUseCase({
  name: "cases.openDossier",
  roles: CASE_ROLES,
  input: openDossierSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    const value = await db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const visit = await tx.visit.findFirst({
        where: { id: input.visitId, ...scopedToOrganisation(actor) },
        select: { id: true, clientId: true, status: true, caseId: true },
      });
      if (!visit) throw new Refusal("refusals.desk.visitNotFound");
      if (visit.caseId) throw new Refusal("refusals.cases.visitHasDossier");
      if (visit.status !== "IN_CONVERSATION" && visit.status !== "DONE")
        throw new Refusal("refusals.cases.openDuringConversation");
      const domain = await tx.legalDomain.findFirst({
        where: { id: input.legalDomainId, active: true },
        select: { id: true },
      });
      if (!domain) throw new Refusal("refusals.cases.legalDomainFromList");

      const dossier = await tx.case.create({
        data: {
          organisationId: actor.organisationId,
          clientId: visit.clientId,
          responsibleAdvisorId: actor.userId,
          kind: "DOSSIER",
          question: input.question,
          openedAt: now,
          legalDomains: { create: { legalDomainId: domain.id, primary: true } },
        },
        select: { id: true },
      });
      const consent = await tx.consent.findFirst({
        // The organisation too: Consent's index by client leads with it.
        where: {
          organisationId: actor.organisationId,
          clientId: visit.clientId,
          purpose: "DOSSIER",
          withdrawnAt: null,
        },
        select: { id: true },
      });
      if (!consent) {
        await tx.consent.create({
          data: {
            organisationId: actor.organisationId,
            clientId: visit.clientId,
            purpose: "DOSSIER",
            legalBasis: "CONSENT",
            givenAt: now,
            recordedById: actor.userId,
          },
        });
      }
      // Conditional: a visit added to an open dossier at the same moment keeps that link.
      const linked = await tx.visit.updateMany({ where: { id: visit.id, caseId: null }, data: { caseId: dossier.id } });
      if (linked.count !== 1) throw new Refusal("refusals.cases.visitHasDossier");
      await recordAudit(
        {
          actor,
          action: "case.create",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: visit.clientId,
        },
        tx,
      );
      return recordSubmission(tx, submission, { caseId: dossier.id });
    });
    return ok(value);
  },
});
