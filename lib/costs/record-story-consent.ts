import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { CASE_ROLES } from "@/lib/auth/policy";

/** What the client agrees to, in the words the advisor uses with them; stored with the consent. */
const STORY_CONSENT_SCOPE =
  "Mijn verhaal mag zonder naam gebruikt worden om te laten zien wat het spreekuur oplevert, bijvoorbeeld aan de gemeente. Mijn naam, adres, telefoon en e-mail worden niet genoemd.";

const recordStoryConsentSchema = z.object({
  caseId: z.string({ error: "refusals.choose.case" }).trim().min(1, "refusals.choose.case").max(40),
  given: z.boolean({ error: "refusals.costs.chooseStoryConsent" }),
});

/**
 * The client's consent to use their story, anonymised (purpose STORY), given or withdrawn by an
 * advisor who may read the case. A withdrawal keeps the consent row with its date, so it stays
 * visible when the story was used before. Nothing is written when nothing changes.
 */
export const recordStoryConsent = defineUseCase({
  name: "costs.recordStoryConsent",
  roles: CASE_ROLES,
  input: recordStoryConsentSchema,
  run: async (actor, { caseId, given }, { now }) =>
    db.$transaction(async (tx) => {
      const found = await tx.case.findFirst({
        where: { ...readableCases(actor), id: caseId },
        select: { clientId: true },
      });
      if (!found) return refuse(CASE_NOT_FOUND);
      const active = {
        organisationId: actor.organisationId,
        clientId: found.clientId,
        purpose: "STORY" as const,
        withdrawnAt: null,
      };
      const current = await tx.consent.findMany({ where: active, select: { id: true } });
      if (given === current.length > 0) return ok({ changed: false });
      if (given) {
        const consent = await tx.consent.create({
          data: {
            ...active,
            legalBasis: "CONSENT",
            givenAt: now,
            scope: STORY_CONSENT_SCOPE,
            recordedById: actor.userId,
          },
          select: { id: true },
        });
        await recordAudit(
          {
            actor,
            action: "consent.give",
            access: "WRITE",
            entityType: "Consent",
            entityId: consent.id,
            clientId: found.clientId,
            details: { purpose: "STORY", caseId },
          },
          tx,
        );
      } else {
        await tx.consent.updateMany({
          where: { id: { in: current.map((consent) => consent.id) } },
          data: { withdrawnAt: now },
        });
        for (const consent of current) {
          await recordAudit(
            {
              actor,
              action: "consent.withdraw",
              access: "WRITE",
              entityType: "Consent",
              entityId: consent.id,
              clientId: found.clientId,
              details: { purpose: "STORY", caseId },
            },
            tx,
          );
        }
      }
      return ok({ changed: true });
    }),
});
