import { defineUseCase } from "@/lib/use-case";
import { changeSocialMap, checkLegalDomains, findOwnPartner, refuseDuplicateName, writePartnerChange } from "./rules";
import { updatePartnerSchema } from "./schema";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";

/**
 * Replaces a partner's details and legal domains with what the edit form sends. An inactive
 * partner can be corrected too, so it is right on the day it comes back.
 */
export const updatePartner = defineUseCase({
  name: "partners.updatePartner",
  roles: PARTNER_EDIT_ROLES,
  input: updatePartnerSchema,
  run: (actor, { partnerId, legalDomainIds, ...details }) =>
    changeSocialMap(async (tx) => {
      const partner = await findOwnPartner(tx, actor, partnerId);
      await refuseDuplicateName(tx, actor, details.name, partner.id);
      await checkLegalDomains(tx, legalDomainIds);
      await writePartnerChange(tx, actor, partner.id, { ...details, legalDomainIds }, { ...details, legalDomainIds });
      return { partnerId: partner.id };
    }),
});
