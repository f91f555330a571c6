// A question often touches more than one field of law (a benefit recovered and the debts it made):
// the desk and the dossier's opening choose one, the primary domain, and the advisor adds the
// others on the dossier. Monitoring counts each question once under its primary domain and shows
// the others beside it (lib/reports/monitoring-queries.ts).
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { CASE_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/message-key";
import { ok, refuse, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { caseLegalDomainSchema } from "./schema";

type Tx = Prisma.TransactionClient;

const DOMAIN_MESSAGES = {
  closed: "refusals.cases.domainsCaseClosed",
  already: "refusals.cases.domainAlreadyOn",
  notOn: "refusals.cases.domainNotOn",
  primary: "refusals.cases.domainPrimary",
  unknown: "refusals.cases.domainNotFound",
} as const satisfies Record<string, MessageKey>;

/** An open dossier the advisor may read; a closed one keeps the domains it was closed with. */
async function openDossierOf(tx: Tx, actor: Actor, caseId: string) {
  const dossier = await tx.case.findFirst({
    where: { ...readableCases(actor), id: caseId, kind: "DOSSIER" },
    select: { id: true, clientId: true, status: true },
  });
  if (!dossier) throw new Refusal(CASE_NOT_FOUND);
  if (dossier.status === "CLOSED") throw new Refusal(DOMAIN_MESSAGES.closed);
  return dossier;
}

export const addCaseLegalDomain = defineUseCase({
  name: "cases.addCaseLegalDomain",
  roles: CASE_ROLES,
  input: caseLegalDomainSchema,
  run: (actor, { caseId, legalDomainId }) =>
    db.$transaction(async (tx) => {
      const dossier = await openDossierOf(tx, actor, caseId);
      const domain = await tx.legalDomain.findFirst({
        where: { id: legalDomainId, active: true },
        select: { id: true },
      });
      if (!domain) return refuse(DOMAIN_MESSAGES.unknown, { legalDomainId: [DOMAIN_MESSAGES.unknown] });
      const added = await tx.caseLegalDomain.createMany({
        data: [{ caseId: dossier.id, legalDomainId: domain.id, primary: false }],
        skipDuplicates: true,
      });
      if (added.count === 0) return refuse(DOMAIN_MESSAGES.already, { legalDomainId: [DOMAIN_MESSAGES.already] });
      await recordAudit(
        {
          actor,
          action: "case.domain_add",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { legalDomainId: domain.id },
        },
        tx,
      );
      return ok();
    }),
});

export const removeCaseLegalDomain = defineUseCase({
  name: "cases.removeCaseLegalDomain",
  roles: CASE_ROLES,
  input: caseLegalDomainSchema,
  run: (actor, { caseId, legalDomainId }) =>
    db.$transaction(async (tx) => {
      const dossier = await openDossierOf(tx, actor, caseId);
      const on = await tx.caseLegalDomain.findUnique({
        where: { caseId_legalDomainId: { caseId: dossier.id, legalDomainId } },
        select: { primary: true },
      });
      if (!on) return refuse(DOMAIN_MESSAGES.notOn);
      if (on.primary) return refuse(DOMAIN_MESSAGES.primary);
      await tx.caseLegalDomain.delete({ where: { caseId_legalDomainId: { caseId: dossier.id, legalDomainId } } });
      await recordAudit(
        {
          actor,
          action: "case.domain_remove",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { legalDomainId },
        },
        tx,
      );
      return ok();
    }),
});
