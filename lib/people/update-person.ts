import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { message } from "@/lib/i18n/message-key";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { wouldRemoveLastAdmin } from "@/lib/users/manage-user";
import { checkHomeLocation, checkSupervisor, openWorkOf } from "./rules";
import { updatePersonSchema } from "./schema";

/**
 * Name, roles, advisor kind, supervisor and home location, audited with what they were. Two
 * changes are refused because they would leave something without an owner: the last admin
 * giving up the admin role, and an advisor leaving the role while dossiers, aftercare or
 * sessions ahead are still theirs (the deactivation hands those over first).
 */
export const updatePerson = defineUseCase({
  name: "people.updatePerson",
  roles: ADMIN_ROLES,
  input: updatePersonSchema,
  run: (actor, { userId, ...person }, { now }) =>
    db.$transaction(async (tx) => {
      const before = await tx.user.findFirst({
        where: { id: userId, ...scopedToOrganisation(actor) },
        select: { name: true, roles: true, advisorKind: true, supervisorId: true, homeLocationId: true, active: true },
      });
      if (!before) throw new Refusal("refusals.users.notFound");
      await checkSupervisor(tx, actor, person.supervisorId, userId);
      await checkHomeLocation(tx, actor, person.homeLocationId);
      if (!person.roles.includes("ADMIN") && (await wouldRemoveLastAdmin(tx, actor, { ...before, id: userId })))
        throw new Refusal("refusals.users.lastAdmin");
      if (before.roles.includes("ADVISOR") && !person.roles.includes("ADVISOR")) {
        const work = await openWorkOf(tx, userId, now);
        if (work.total > 0) throw new Refusal(message("refusals.people.stillHasWork", work));
      }
      if (
        before.roles.includes("ADVISOR") &&
        before.advisorKind === "PROFESSIONAL" &&
        person.advisorKind !== "PROFESSIONAL"
      ) {
        const supervisees = await tx.user.count({ where: { supervisorId: userId, active: true } });
        if (supervisees > 0) throw new Refusal(message("refusals.people.stillSupervises", { count: supervisees }));
      }
      await tx.user.update({ where: { id: userId }, data: person });
      await recordAudit(
        {
          actor,
          action: "user.update",
          access: "WRITE",
          entityType: "User",
          entityId: userId,
          details: { before: { ...before, active: undefined }, after: person },
        },
        tx,
      );
      return ok({ userId });
    }),
});
