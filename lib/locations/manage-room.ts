import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { message } from "@/lib/i18n/message-key";
import { ok, Refusal, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { findOwnLocation } from "./manage-location";
import { addRoomSchema, updateRoomSchema } from "./schema";

type Tx = Prisma.TransactionClient;

/** Two rooms of one location with one name would make the schedule's choice ambiguous. */
const nameTaken = (name: string) => {
  const refusal = message("refusals.locations.roomNameTaken", { name });
  return new Refusal(refusal, { name: [refusal] });
};

async function inTransaction<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await db.$transaction(work));
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}

async function refuseTakenName(tx: Tx, locationId: string, name: string, exceptId?: string) {
  const taken = await tx.room.findFirst({
    where: { locationId, name: { equals: name, mode: "insensitive" }, id: exceptId ? { not: exceptId } : undefined },
    select: { id: true },
  });
  if (taken) throw nameTaken(name);
}

async function findOwnRoom(tx: Tx, actor: Actor, roomId: string) {
  const room = await tx.room.findFirst({
    where: { id: roomId, ...scopedToOrganisation(actor) },
    select: { id: true, locationId: true },
  });
  if (!room) throw new Refusal("refusals.locations.roomNotFound");
  return room;
}

/** A cabin, desk or room where advisors sit with clients; the schedule assigns them. */
export const addRoom = defineUseCase({
  name: "locations.addRoom",
  roles: ADMIN_ROLES,
  input: addRoomSchema,
  run: (actor, { locationId, name, kind }) =>
    inTransaction(name, async (tx) => {
      const location = await findOwnLocation(tx, actor, locationId);
      if (!location.active) throw new Refusal("refusals.locations.archived");
      await refuseTakenName(tx, locationId, name);
      const room = await tx.room.create({
        data: { ...scopedToOrganisation(actor), locationId, name, kind },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "room.create",
          access: "WRITE",
          entityType: "Room",
          entityId: room.id,
          details: { locationId, name, kind },
        },
        tx,
      );
      return { roomId: room.id };
    }),
});

/** Rename a room, change its kind, or take it out of use (it stays in past sessions). */
export const updateRoom = defineUseCase({
  name: "locations.updateRoom",
  roles: ADMIN_ROLES,
  input: updateRoomSchema,
  run: (actor, { roomId, name, kind, active }) =>
    inTransaction(name, async (tx) => {
      const room = await findOwnRoom(tx, actor, roomId);
      await refuseTakenName(tx, room.locationId, name, roomId);
      await tx.room.update({ where: { id: roomId }, data: { name, kind, active } });
      await recordAudit(
        {
          actor,
          action: "room.update",
          access: "WRITE",
          entityType: "Room",
          entityId: roomId,
          details: { name, kind, active },
        },
        tx,
      );
      return { roomId };
    }),
});
