import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { defineUseCase } from "@/lib/use-case";
import { changeSocialMap, checkLegalDomains, refuseDuplicateName } from "./rules";
import { createPartnerSchema } from "./schema";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";

/** A new partner on the organisation's social map, with the legal domains it takes. */
export const createPartner = defineUseCase({
  name: "partners.createPartner",
  roles: PARTNER_EDIT_ROLES,
  input: createPartnerSchema,
  run: (actor, { legalDomainIds, ...details }) =>
    changeSocialMap(async (tx) => {
      await refuseDuplicateName(tx, actor, details.name);
      await checkLegalDomains(tx, legalDomainIds);
      const partner = await tx.partner.create({
        data: {
          ...scopedToOrganisation(actor),
          ...details,
          legalDomains: { create: legalDomainIds.map((legalDomainId) => ({ legalDomainId })) },
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "partner.create",
          access: "WRITE",
          entityType: "Partner",
          entityId: partner.id,
          details: { ...details, legalDomainIds },
        },
        tx,
      );
      return { partnerId: partner.id };
    }),
});
