import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ok, refuse, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { handOverWork } from "@/lib/people/hand-over";
import { deactivateSchema, setPasswordSchema, USER_MESSAGES, userRefSchema } from "./schema";
import { ADMIN_ROLES } from "@/lib/auth/policy";

type Tx = Prisma.TransactionClient;
type Target = { id: string; email: string; roles: Role[]; active: boolean };

/** A user of the admin's own organisation; another library's user is simply not found. */
async function findOwnUser(tx: Tx, actor: Actor, userId: string): Promise<Target | null> {
  return tx.user.findFirst({
    where: { ...scopedToOrganisation(actor), id: userId },
    select: { id: true, email: true, roles: true, active: true },
  });
}

/**
 * An organisation must keep one admin who can log in, or nobody can manage its users any more.
 * The organisation's active admins are locked first, so two admins deactivating each other at the
 * same moment cannot both succeed.
 */
export async function wouldRemoveLastAdmin(
  tx: Tx,
  actor: Actor,
  target: Pick<Target, "id" | "roles" | "active">,
): Promise<boolean> {
  if (!target.roles.includes("ADMIN") || !target.active) return false;
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE "organisationId" = ${actor.organisationId} AND 'ADMIN' = ANY(roles) AND active FOR UPDATE`;
  return admins.filter((admin) => admin.id !== target.id).length === 0;
}

function manageUser<T>(
  actor: Actor,
  userId: string,
  change: (tx: Tx, target: Target) => Promise<Result<T>>,
): Promise<Result<T>> {
  return db.$transaction(async (tx) => {
    const target = await findOwnUser(tx, actor, userId);
    if (!target) return refuse(USER_MESSAGES.notFound);
    return change(tx, target);
  });
}

/**
 * Takes a user's access away at once: the account cannot log in, and every session it has open
 * ends on its next request (sessionsValidFrom moves to now; the session check reads it). An
 * advisor's open work goes to the successor first (lib/people/hand-over.ts), in the same transaction.
 */
export const deactivateUser = defineUseCase({
  name: "users.deactivateUser",
  roles: ADMIN_ROLES,
  input: deactivateSchema,
  run: (actor, { userId, successorId }, { now }) =>
    manageUser(actor, userId, async (tx, target) => {
      if (target.id === actor.userId) return refuse(USER_MESSAGES.notYourself);
      if (!target.active) return refuse(USER_MESSAGES.alreadyInactive);
      if (await wouldRemoveLastAdmin(tx, actor, target)) return refuse(USER_MESSAGES.lastAdmin);
      const handedOver = await handOverWork(tx, actor, target, successorId, now);
      await tx.user.update({ where: { id: target.id }, data: { active: false, sessionsValidFrom: now } });
      // A link from before must not open the account again once it is reactivated.
      await tx.oneTimeLink.deleteMany({ where: { userId: target.id, usedAt: null } });
      await recordAudit(
        {
          actor,
          action: "user.deactivate",
          access: "WRITE",
          entityType: "User",
          entityId: target.id,
          details: handedOver ? { successorId, handedOver } : undefined,
        },
        tx,
      );
      return ok({ userId: target.id });
    }),
});

/** Lets a deactivated user log in again; sessions from before the deactivation stay ended. */
export const reactivateUser = defineUseCase({
  name: "users.reactivateUser",
  roles: ADMIN_ROLES,
  input: userRefSchema,
  run: (actor, { userId }, { now }) =>
    manageUser(actor, userId, async (tx, target) => {
      if (target.active) return refuse(USER_MESSAGES.alreadyActive);
      await tx.user.update({
        where: { id: target.id },
        data: { active: true, failedLoginCount: 0, lockedUntil: null, sessionsValidFrom: now },
      });
      await recordAudit(
        { actor, action: "user.reactivate", access: "WRITE", entityType: "User", entityId: target.id },
        tx,
      );
      return ok({ userId: target.id });
    }),
});

/**
 * Logs a user out everywhere, e.g. after a lost phone or a desk computer left logged in. The
 * account stays active: the user can log in again at once. An admin may end their own sessions.
 */
export const endUserSessions = defineUseCase({
  name: "users.endUserSessions",
  roles: ADMIN_ROLES,
  input: userRefSchema,
  run: (actor, { userId }, { now }) =>
    manageUser(actor, userId, async (tx, target) => {
      await tx.user.update({ where: { id: target.id }, data: { sessionsValidFrom: now } });
      await recordAudit(
        { actor, action: "user.end_sessions", access: "WRITE", entityType: "User", entityId: target.id },
        tx,
      );
      return ok({ userId: target.id });
    }),
});

/**
 * A new password for a user who forgot theirs, set by the admin and passed on in person. It must
 * meet the password policy; it lifts a lock and ends the user's open sessions, as a password
 * reset should. The password itself is never stored or audited, only its argon2id hash.
 */
export const setUserPassword = defineUseCase({
  name: "users.setUserPassword",
  roles: ADMIN_ROLES,
  input: setPasswordSchema,
  run: async (actor, { userId, password }, { now }) => {
    // Hashing takes a noticeable moment: done before the transaction, and only for a valid user.
    const target = await findOwnUser(db, actor, userId);
    if (!target) return refuse(USER_MESSAGES.notFound);
    const problem = passwordProblem(password, target.email);
    if (problem) return refuse(problem, { password: [problem] });
    const passwordHash = await hashPassword(password);
    return manageUser(actor, userId, async (tx, current) => {
      await tx.user.update({
        where: { id: current.id },
        data: { passwordHash, failedLoginCount: 0, lockedUntil: null, sessionsValidFrom: now },
      });
      await recordAudit(
        { actor, action: "user.set_password", access: "WRITE", entityType: "User", entityId: current.id },
        tx,
      );
      return ok({ userId: current.id });
    });
  },
});
