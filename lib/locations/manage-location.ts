import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { message } from "@/lib/i18n/message-key";
import { ok, Refusal, type Result } from "@/lib/result";
import { ACTIVE_VISIT_STATUSES } from "@/lib/schedule/rules";
import { defineUseCase } from "@/lib/use-case";
import { createLocationSchema, locationRefSchema, updateLocationSchema } from "./schema";

type Tx = Prisma.TransactionClient;

/** A location of the admin's own organisation; another library's is simply not found. */
export async function findOwnLocation(tx: Tx, actor: Actor, locationId: string) {
  const location = await tx.location.findFirst({
    where: { id: locationId, ...scopedToOrganisation(actor) },
    select: { id: true, active: true },
  });
  if (!location) throw new Refusal("refusals.locations.notFound");
  return location;
}

/**
 * The public page's address is unique over the whole install, not per library: another
 * organisation may have it, and that is all the admin learns (not whose it is).
 */
async function refuseTakenSlug(tx: Tx, slug: string, exceptId?: string) {
  const taken = await tx.location.findFirst({ where: { slug, id: exceptId ? { not: exceptId } : undefined } });
  if (taken) throw slugTaken(slug);
}

const slugTaken = (slug: string) => {
  const refusal = message("refusals.locations.slugTaken", { slug });
  return new Refusal(refusal, { slug: [refusal] });
};

async function inTransaction<T>(slug: string, work: (tx: Tx) => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await db.$transaction(work));
  } catch (error) {
    // Two admins giving two locations the same address at the same moment.
    if (isUniqueViolation(error)) throw slugTaken(slug);
    throw error;
  }
}

/** A new place where the consultation hour is held, with what its public page says. */
export const createLocation = defineUseCase({
  name: "locations.createLocation",
  roles: ADMIN_ROLES,
  input: createLocationSchema,
  run: (actor, input) =>
    inTransaction(input.slug, async (tx) => {
      await refuseTakenSlug(tx, input.slug);
      const location = await tx.location.create({
        data: { ...scopedToOrganisation(actor), ...input },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "location.create",
          access: "WRITE",
          entityType: "Location",
          entityId: location.id,
          details: input,
        },
        tx,
      );
      return { locationId: location.id };
    }),
});

/** Name, address, web address and public texts; an archived location can be corrected too. */
export const updateLocation = defineUseCase({
  name: "locations.updateLocation",
  roles: ADMIN_ROLES,
  input: updateLocationSchema,
  run: (actor, { locationId, ...input }) =>
    inTransaction(input.slug, async (tx) => {
      await findOwnLocation(tx, actor, locationId);
      await refuseTakenSlug(tx, input.slug, locationId);
      await tx.location.update({ where: { id: locationId }, data: input });
      await recordAudit(
        {
          actor,
          action: "location.update",
          access: "WRITE",
          entityType: "Location",
          entityId: locationId,
          details: input,
        },
        tx,
      );
      return { locationId };
    }),
});

/**
 * Takes a location off the desk, the schedule and the public page. It is never deleted: its
 * visits, sessions and hours stay in the reports. Its regular hours stop making new sessions.
 * Partners' referral links to it stop working while it is archived, and are not revoked: they
 * are the coordinator's, given to partners the library still works with (lib/partner-links,
 * usableLinkWhere).
 */
export const archiveLocation = defineUseCase({
  name: "locations.archiveLocation",
  roles: ADMIN_ROLES,
  input: locationRefSchema,
  run: (actor, { locationId }, { now }) =>
    db.$transaction(async (tx) => {
      const location = await findOwnLocation(tx, actor, locationId);
      if (!location.active) throw new Refusal("refusals.locations.alreadyArchived");
      // An archived location leaves the desk and the schedule: nobody could see such a client in.
      const expected = await tx.visit.count({
        where: { locationId, status: { in: [...ACTIVE_VISIT_STATUSES] }, session: { endsAt: { gt: now } } },
      });
      if (expected > 0) throw new Refusal(message("refusals.locations.clientsExpected", { count: expected }));
      await tx.location.update({ where: { id: locationId }, data: { active: false } });
      await recordAudit(
        { actor, action: "location.archive", access: "WRITE", entityType: "Location", entityId: locationId },
        tx,
      );
      return ok({ locationId });
    }),
});

/**
 * Brings an archived location back onto the desk, the schedule and the public page. Partners'
 * referral links to it that were not revoked work again, as its public page does; a revoked link
 * stays revoked (lib/partner-links, usableLinkWhere).
 */
export const restoreLocation = defineUseCase({
  name: "locations.restoreLocation",
  roles: ADMIN_ROLES,
  input: locationRefSchema,
  run: (actor, { locationId }) =>
    db.$transaction(async (tx) => {
      const location = await findOwnLocation(tx, actor, locationId);
      if (location.active) throw new Refusal("refusals.locations.notArchived");
      await tx.location.update({ where: { id: locationId }, data: { active: true } });
      await recordAudit(
        { actor, action: "location.restore", access: "WRITE", entityType: "Location", entityId: locationId },
        tx,
      );
      return ok({ locationId });
    }),
});
