import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { issueOneTimeLink } from "@/lib/auth/one-time-link";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { message } from "@/lib/i18n/message-key";
import { ok, Refusal, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { deliverInvitation, type Invitation } from "./invitation";
import { checkHomeLocation, checkSupervisor } from "./rules";
import { invitePersonSchema, personRefSchema } from "./schema";

const emailTaken = (email: string) => {
  const refusal = message("refusals.people.emailTaken", { email });
  return new Refusal(refusal, { email: [refusal] });
};

async function namesFor(actor: Actor) {
  const [organisation, admin] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { name: true } }),
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } }),
  ]);
  return { organisationName: organisation.name, invitedBy: admin.name };
}

/**
 * A new colleague: an account without a password and a link (7 days, once) where they choose one.
 * The admin sees the link to pass on; with mail on it is mailed as well.
 */
export const invitePerson = defineUseCase({
  name: "people.invitePerson",
  roles: ADMIN_ROLES,
  input: invitePersonSchema,
  run: async (actor, person, { now }): Promise<Result<{ userId: string; invitation: Invitation }>> => {
    let issued: { userId: string; secret: string };
    try {
      issued = await db.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email: person.email }, select: { id: true } }))
          throw emailTaken(person.email);
        await checkSupervisor(tx, actor, person.supervisorId);
        await checkHomeLocation(tx, actor, person.homeLocationId);
        const user = await tx.user.create({
          data: { ...scopedToOrganisation(actor), ...person },
          select: { id: true },
        });
        const { secret } = await issueOneTimeLink(
          tx,
          { organisationId: actor.organisationId, userId: user.id, purpose: "INVITATION", issuedById: actor.userId },
          now,
        );
        await recordAudit(
          { actor, action: "user.invite", access: "WRITE", entityType: "User", entityId: user.id, details: person },
          tx,
        );
        return { userId: user.id, secret };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken(person.email);
      throw error;
    }
    const invitation = await deliverInvitation({ ...person, ...(await namesFor(actor)) }, issued.secret);
    return ok({ userId: issued.userId, invitation });
  },
});

/**
 * A new link for someone who has not chosen a password yet: the old link stops working (lost,
 * expired, sent to a wrong address that has since been corrected).
 */
export const reissueInvitation = defineUseCase({
  name: "people.reissueInvitation",
  roles: ADMIN_ROLES,
  input: personRefSchema,
  run: async (actor, { userId }, { now }): Promise<Result<{ userId: string; invitation: Invitation }>> => {
    const issued = await db.$transaction(async (tx) => {
      const person = await tx.user.findFirst({
        where: { id: userId, ...scopedToOrganisation(actor) },
        select: { id: true, name: true, email: true, active: true, passwordHash: true },
      });
      if (!person) throw new Refusal("refusals.users.notFound");
      if (!person.active) throw new Refusal("refusals.people.inactive");
      if (person.passwordHash !== null) throw new Refusal("refusals.people.alreadyAccepted");
      const { secret } = await issueOneTimeLink(
        tx,
        { organisationId: actor.organisationId, userId, purpose: "INVITATION", issuedById: actor.userId },
        now,
      );
      await recordAudit({ actor, action: "user.reinvite", access: "WRITE", entityType: "User", entityId: userId }, tx);
      return { person, secret };
    });
    const invitation = await deliverInvitation({ ...issued.person, ...(await namesFor(actor)) }, issued.secret);
    return ok({ userId, invitation });
  },
});
