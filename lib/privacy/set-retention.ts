import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { retentionSchema } from "./schema";
import { ADMIN_ROLES } from "@/lib/auth/policy";

/** The admin sets how many months after a client's last contact the retention job anonymises them. */
export const setRetentionMonths = defineUseCase({
  name: "privacy.setRetentionMonths",
  roles: ADMIN_ROLES,
  input: retentionSchema,
  run: async (actor, { months }) =>
    db.$transaction(async (tx) => {
      const before = await tx.organisation.findUniqueOrThrow({
        where: { id: actor.organisationId },
        select: { retentionMonths: true },
      });
      if (before.retentionMonths === months) return ok({ changed: false });
      await tx.organisation.update({ where: { id: actor.organisationId }, data: { retentionMonths: months } });
      await recordAudit(
        {
          actor,
          action: "organisation.retention",
          access: "WRITE",
          entityType: "Organisation",
          entityId: actor.organisationId,
          details: { from: before.retentionMonths, to: months },
        },
        tx,
      );
      return ok({ changed: true });
    }),
});
