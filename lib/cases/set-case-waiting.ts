import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { CASE_CHANGED_MEANWHILE } from "./close-case";
import { setCaseWaitingSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/** An open dossier waits for a third party (UWV, the Belastingdienst) or is back with the advisor. */
export const setCaseWaiting = defineUseCase({
  name: "cases.setCaseWaiting",
  roles: CASE_ROLES,
  input: setCaseWaitingSchema,
  run: async (actor, input) =>
    db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.status === "CLOSED") return refuse("refusals.cases.alreadyClosed");
      const status = input.waiting ? "WAITING_FOR_THIRD_PARTY" : "OPEN";
      const { count } = await tx.case.updateMany({
        where: { id: dossier.id, version: input.version },
        data: { status, version: { increment: 1 } },
      });
      if (count !== 1) return refuse(CASE_CHANGED_MEANWHILE);
      await recordAudit(
        {
          actor,
          action: "case.status",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { status },
        },
        tx,
      );
      return ok();
    }),
});
