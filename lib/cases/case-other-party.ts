// The other party (wederpartij) of a dossier: the authority or company the problem is with. The
// advisor chooses it from the coordinator's list, whose address the letters take, or types a name
// the list lacks. Monitoring counts questions per kind of other party.
import { recordAudit } from "@/lib/audit";
import { CASE_ROLES } from "@/lib/auth/policy";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n/message-key";
import { caseOtherPartySchema } from "@/lib/other-parties/schema";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";

const OTHER_PARTY_NOT_ON_LIST = "refusals.otherParties.notOnList" satisfies MessageKey;

/**
 * Also on a closed dossier: the other party is a fact of the question, and a coordinator's count
 * is better for it being filled in afterwards. An entry taken off the list is no longer chosen,
 * but a dossier that names it keeps it.
 */
export const setCaseOtherParty = defineUseCase({
  name: "cases.setCaseOtherParty",
  roles: CASE_ROLES,
  input: caseOtherPartySchema,
  run: (actor, { caseId, otherPartyId, otherPartyName }) =>
    db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: caseId },
        select: { id: true, clientId: true, otherPartyId: true },
      });
      if (!dossier) throw new Refusal(CASE_NOT_FOUND);
      if (otherPartyId && otherPartyId !== dossier.otherPartyId) {
        const entry = await tx.otherParty.findFirst({
          where: { id: otherPartyId, ...scopedToOrganisation(actor), active: true },
          select: { id: true },
        });
        if (!entry) throw new Refusal(OTHER_PARTY_NOT_ON_LIST, { choice: [OTHER_PARTY_NOT_ON_LIST] });
      }
      await tx.case.update({ where: { id: dossier.id }, data: { otherPartyId, otherPartyName } });
      await recordAudit(
        {
          actor,
          action: "case.other_party",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { otherPartyId, typed: otherPartyName !== null },
        },
        tx,
      );
      return ok();
    }),
});
