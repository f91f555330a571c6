import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { correctClientDetailsSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

const DETAILS = [
  "displayName",
  "phone",
  "email",
  "birthYear",
  "postcodeArea",
  "preferredLanguage",
  "needsInterpreter",
  "heardVia",
] as const;

/**
 * The advisor corrects the client's details (a misspelt name, a new phone number, the language
 * they would rather speak) from a dossier they may read. The audit log names the fields that
 * changed, never their values: it is kept longer than the client's data and cannot be erased.
 */
export const correctClientDetails = defineUseCase({
  name: "cases.correctClientDetails",
  roles: CASE_ROLES,
  input: correctClientDetailsSchema,
  run: async (actor, { caseId, ...details }) => {
    return db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: caseId },
        select: {
          client: {
            select: {
              id: true,
              displayName: true,
              phone: true,
              email: true,
              birthYear: true,
              postcodeArea: true,
              preferredLanguage: true,
              needsInterpreter: true,
              heardVia: true,
            },
          },
        },
      });
      // An anonymised client's dossiers are not readable, so their details cannot come back here.
      if (!dossier) return refuse(CASE_NOT_FOUND);
      const wanted = {
        displayName: details.displayName,
        phone: details.phone ?? null,
        email: details.email ?? null,
        birthYear: details.birthYear ?? null,
        postcodeArea: details.postcodeArea ?? null,
        preferredLanguage: details.preferredLanguage,
        needsInterpreter: details.needsInterpreter,
        heardVia: details.heardVia ?? null,
      };
      const changed = DETAILS.filter((field) => dossier.client[field] !== wanted[field]);
      if (changed.length === 0) return ok({ changed });
      await tx.client.update({ where: { id: dossier.client.id }, data: wanted });
      await recordAudit(
        {
          actor,
          action: "client.update",
          access: "WRITE",
          entityType: "Client",
          entityId: dossier.client.id,
          clientId: dossier.client.id,
          details: { fields: changed },
        },
        tx,
      );
      return ok({ changed });
    });
  },
});
