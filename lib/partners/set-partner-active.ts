import { recordAudit } from "@/lib/audit";
import { revokeLinksOfDeactivatedPartner } from "@/lib/partner-links/manage";
import type { Actor } from "@/lib/auth/actor";
import { Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { changeSocialMap, findOwnPartner, PARTNER_MESSAGES } from "./rules";
import { partnerIdSchema } from "./schema";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";

function setActive(actor: Actor, partnerId: string, active: boolean, now: Date) {
  return changeSocialMap(async (tx) => {
    const partner = await findOwnPartner(tx, actor, partnerId);
    // Conditional, so that of two clicks at the same moment only one is recorded as a change.
    const { count } = await tx.partner.updateMany({ where: { id: partner.id, active: !active }, data: { active } });
    if (count !== 1) throw new Refusal(active ? PARTNER_MESSAGES.alreadyActive : PARTNER_MESSAGES.alreadyInactive);
    // Leaving the map revokes its referral links for good; coming back restores none of them.
    if (!active) await revokeLinksOfDeactivatedPartner(tx, actor, partner.id, now);
    await recordAudit(
      {
        actor,
        action: active ? "partner.reactivate" : "partner.deactivate",
        access: "WRITE",
        entityType: "Partner",
        entityId: partner.id,
      },
      tx,
    );
    return { partnerId: partner.id };
  });
}

/**
 * A partner that stopped (a desk closed, a lawyer retired) is deactivated, never deleted: past
 * referrals and intakes still name it, and the reports count them. It disappears from the map,
 * from suggestions and from the desk's list of referrers, and its referral links are revoked
 * (revokeLinksOfDeactivatedPartner says why).
 */
export const deactivatePartner = defineUseCase({
  name: "partners.deactivatePartner",
  roles: PARTNER_EDIT_ROLES,
  input: partnerIdSchema,
  run: (actor, { partnerId }, { now }) => setActive(actor, partnerId, false, now),
});

/**
 * Brings a deactivated partner back onto the map, with the details it had, but not its referral
 * links: they were revoked when it left, and the coordinator makes new ones.
 */
export const reactivatePartner = defineUseCase({
  name: "partners.reactivatePartner",
  roles: PARTNER_EDIT_ROLES,
  input: partnerIdSchema,
  run: (actor, { partnerId }, { now }) => setActive(actor, partnerId, true, now),
});
