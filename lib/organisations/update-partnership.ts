import { recordAudit } from "@/lib/audit";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { ok } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";

const name = (missing: "refusals.onboarding.organisationRequired" | "refusals.onboarding.municipalityRequired") =>
  z
    .string({ error: missing })
    .trim()
    .transform((value) => value.replace(/\s+/g, " "))
    .pipe(z.string().min(2, missing).max(120, "refusals.onboarding.tooLong"));

const optionalName = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string({ error: "refusals.onboarding.tooLong" }).trim().max(120, "refusals.onboarding.tooLong").nullable(),
);

const partnershipSchema = z.object({
  name: name("refusals.onboarding.organisationRequired"),
  municipality: name("refusals.onboarding.municipalityRequired"),
  libraryName: optionalName,
  providerName: optionalName,
});

/**
 * The partnership as the reports and letters name it: its name, municipality, library and SJD
 * provider. Its web address (slug) stays: links and exports made before keep working.
 */
export const updatePartnership = defineUseCase({
  name: "organisations.updatePartnership",
  roles: ADMIN_ROLES,
  input: partnershipSchema,
  run: (actor, partnership) =>
    db.$transaction(async (tx) => {
      const before = await tx.organisation.findUniqueOrThrow({
        where: { id: actor.organisationId },
        select: { name: true, municipality: true, libraryName: true, providerName: true },
      });
      await tx.organisation.update({ where: { id: actor.organisationId }, data: partnership });
      await recordAudit(
        {
          actor,
          action: "organisation.update",
          access: "WRITE",
          entityType: "Organisation",
          entityId: actor.organisationId,
          details: { before, after: partnership },
        },
        tx,
      );
      return ok({ organisationId: actor.organisationId });
    }),
});
