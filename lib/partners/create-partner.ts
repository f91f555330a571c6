import { defineUseCase } from "@/lib/use-case";
import { changeSocialMap, checkLegalDomains, refuseDuplicateName, writeNewPartner } from "./rules";
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
      const partner = await writeNewPartner(tx, actor, { ...details, legalDomainIds }, { ...details, legalDomainIds });
      return { partnerId: partner.id };
    }),
});
