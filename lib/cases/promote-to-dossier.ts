import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { promoteToDossierSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/** A quick contact that turns out to need more: it becomes an open dossier, with consent. */
export const promoteToDossier = defineUseCase({
  name: "cases.promoteToDossier",
  roles: CASE_ROLES,
  input: promoteToDossierSchema,
  run: async (actor, input, { now }) => {
    return db.$transaction(async (tx) => {
      const contact = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, kind: true, clientId: true },
      });
      if (!contact) return refuse(CASE_NOT_FOUND);
      if (contact.kind === "DOSSIER") return refuse("refusals.cases.alreadyDossier");
      // Conditional on still being a quick contact: of two advisors promoting it at the same
      // moment, the second does not overwrite the first one's question.
      const { count } = await tx.case.updateMany({
        where: { id: contact.id, kind: "QUICK_CONTACT" },
        data: {
          kind: "DOSSIER",
          status: "OPEN",
          question: input.question,
          closedAt: null,
          outcome: null,
          solvedWithoutReferral: null,
          version: { increment: 1 },
        },
      });
      if (count !== 1) return refuse("refusals.cases.alreadyDossier");
      const consent = await tx.consent.findFirst({
        // The organisation too: Consent's index by client leads with it.
        where: {
          organisationId: actor.organisationId,
          clientId: contact.clientId,
          purpose: "DOSSIER",
          withdrawnAt: null,
        },
        select: { id: true },
      });
      if (!consent) {
        await tx.consent.create({
          data: {
            organisationId: actor.organisationId,
            clientId: contact.clientId,
            purpose: "DOSSIER",
            legalBasis: "CONSENT",
            givenAt: now,
            recordedById: actor.userId,
          },
        });
      }
      await recordAudit(
        {
          actor,
          action: "case.promote",
          access: "WRITE",
          entityType: "Case",
          entityId: contact.id,
          clientId: contact.clientId,
        },
        tx,
      );
      return ok({ caseId: contact.id });
    });
  },
});
