import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { CASE_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, OPEN_DOSSIER, readableCases } from "./access";
import { linkVisitToDossierSchema } from "./schema";

/**
 * A client came back about a question that already has a dossier, and the desk did not link the
 * visit: the advisor adds the conversation to that dossier instead of opening a second one.
 */
export const linkVisitToDossier = defineUseCase({
  name: "cases.linkVisitToDossier",
  roles: CASE_ROLES,
  input: linkVisitToDossierSchema,
  run: async (actor, input) =>
    db.$transaction(async (tx) => {
      const visit = await tx.visit.findFirst({
        where: { id: input.visitId, ...scopedToOrganisation(actor) },
        select: { id: true, clientId: true, status: true, caseId: true },
      });
      if (!visit) return refuse("refusals.desk.visitNotFound");
      if (visit.caseId) return refuse("refusals.cases.visitHasDossier");
      if (visit.status !== "IN_CONVERSATION" && visit.status !== "DONE")
        return refuse("refusals.cases.openDuringConversation");
      const dossier = await tx.case.findFirst({
        where: { id: input.caseId, clientId: visit.clientId, ...OPEN_DOSSIER, ...readableCases(actor) },
        select: { id: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      // Conditional on the visit still having no dossier: a dossier opened meanwhile wins.
      const { count } = await tx.visit.updateMany({
        where: { id: visit.id, caseId: null },
        data: { caseId: dossier.id },
      });
      if (count !== 1) return refuse("refusals.cases.visitHasDossier");
      await recordAudit(
        {
          actor,
          action: "case.link_visit",
          access: "WRITE",
          entityType: "Visit",
          entityId: visit.id,
          clientId: visit.clientId,
          details: { caseId: dossier.id },
        },
        tx,
      );
      return ok({ caseId: dossier.id });
    }),
});
