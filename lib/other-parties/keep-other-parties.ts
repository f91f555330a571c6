// The coordinator keeps the list of other parties (wederpartijen): the authorities and companies
// the library's clients have problems with, with the address letters go to. One owner keeps the
// addresses right for every advisor; an advisor who meets a new one types its name on the dossier.
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { OTHER_PARTY_EDIT_ROLES } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { message, type MessageKey } from "@/lib/i18n/message-key";
import { ok, Refusal, refuse, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { COMMON_OTHER_PARTIES } from "./common-list";
import { createOtherPartySchema, otherPartyIdSchema, updateOtherPartySchema } from "./schema";

type Tx = Prisma.TransactionClient;

const OTHER_PARTY_MESSAGES = {
  notFound: "refusals.otherParties.notFound",
  alreadyActive: "refusals.otherParties.alreadyActive",
  alreadyInactive: "refusals.otherParties.alreadyInactive",
  nameTakenMeanwhile: "refusals.otherParties.nameTakenMeanwhile",
} as const satisfies Record<string, MessageKey>;

/** One transaction per change; the unique index on the name has the last word in a race. */
async function changeList<T>(work: (tx: Tx) => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await db.$transaction(work));
  } catch (error) {
    if (isUniqueViolation(error))
      return refuse(OTHER_PARTY_MESSAGES.nameTakenMeanwhile, { name: [OTHER_PARTY_MESSAGES.nameTakenMeanwhile] });
    throw error;
  }
}

/**
 * "uwv" and "UWV" are one body: the same name in other letters is refused too, under a lock, so two
 * coordinators adding at the same moment cannot both pass the check.
 */
async function refuseNameOnList(tx: Tx, actor: Actor, name: string, exceptId?: string) {
  await lockList(tx, actor);
  const same = await tx.otherParty.findFirst({
    where: {
      ...scopedToOrganisation(actor),
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { name: true, active: true },
  });
  if (same) {
    const refusal = message(
      same.active ? "refusals.otherParties.nameTaken" : "refusals.otherParties.nameTakenInactive",
      { name: same.name },
    );
    throw new Refusal(refusal, { name: [refusal] });
  }
}

async function lockList(tx: Tx, actor: Actor) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`other-parties:${actor.organisationId}`}))`;
}

async function findOwn(tx: Tx, actor: Actor, otherPartyId: string) {
  const found = await tx.otherParty.findFirst({
    where: { id: otherPartyId, ...scopedToOrganisation(actor) },
    select: { id: true },
  });
  if (!found) throw new Refusal(OTHER_PARTY_MESSAGES.notFound);
  return found;
}

export const createOtherParty = defineUseCase({
  name: "otherParties.createOtherParty",
  roles: OTHER_PARTY_EDIT_ROLES,
  input: createOtherPartySchema,
  run: (actor, details) =>
    changeList(async (tx) => {
      await refuseNameOnList(tx, actor, details.name);
      const { id } = await tx.otherParty.create({
        data: { ...details, organisationId: actor.organisationId },
        select: { id: true },
      });
      await recordAudit(
        { actor, action: "other_party.create", access: "WRITE", entityType: "OtherParty", entityId: id },
        tx,
      );
      return { otherPartyId: id };
    }),
});

/** A changed address reaches the next letter; letters already saved keep the address they had. */
export const updateOtherParty = defineUseCase({
  name: "otherParties.updateOtherParty",
  roles: OTHER_PARTY_EDIT_ROLES,
  input: updateOtherPartySchema,
  run: (actor, { otherPartyId, ...details }) =>
    changeList(async (tx) => {
      const own = await findOwn(tx, actor, otherPartyId);
      await refuseNameOnList(tx, actor, details.name, own.id);
      await tx.otherParty.update({ where: { id: own.id }, data: details });
      await recordAudit(
        { actor, action: "other_party.update", access: "WRITE", entityType: "OtherParty", entityId: own.id },
        tx,
      );
      return { otherPartyId: own.id };
    }),
});

function setActive(actor: Actor, otherPartyId: string, active: boolean) {
  return changeList(async (tx) => {
    const own = await findOwn(tx, actor, otherPartyId);
    // Conditional: of two clicks at the same moment only one is a change.
    const { count } = await tx.otherParty.updateMany({ where: { id: own.id, active: !active }, data: { active } });
    if (count !== 1)
      throw new Refusal(active ? OTHER_PARTY_MESSAGES.alreadyActive : OTHER_PARTY_MESSAGES.alreadyInactive);
    await recordAudit(
      {
        actor,
        action: active ? "other_party.reactivate" : "other_party.deactivate",
        access: "WRITE",
        entityType: "OtherParty",
        entityId: own.id,
      },
      tx,
    );
    return { otherPartyId: own.id };
  });
}

/**
 * Off the list for new dossiers, never deleted: dossiers that name it keep it, and monitoring
 * still counts them.
 */
export const deactivateOtherParty = defineUseCase({
  name: "otherParties.deactivateOtherParty",
  roles: OTHER_PARTY_EDIT_ROLES,
  input: otherPartyIdSchema,
  run: (actor, { otherPartyId }) => setActive(actor, otherPartyId, false),
});

export const reactivateOtherParty = defineUseCase({
  name: "otherParties.reactivateOtherParty",
  roles: OTHER_PARTY_EDIT_ROLES,
  input: otherPartyIdSchema,
  run: (actor, { otherPartyId }) => setActive(actor, otherPartyId, true),
});

/**
 * A new library's start: the national bodies (lib/other-parties/common-list.ts) that are not on
 * its list yet, under any way of writing their name. Answers how many were added.
 */
export const addCommonOtherParties = defineUseCase({
  name: "otherParties.addCommonOtherParties",
  roles: OTHER_PARTY_EDIT_ROLES,
  input: z.object({}),
  run: (actor) =>
    changeList(async (tx) => {
      await lockList(tx, actor);
      const onList = await tx.otherParty.findMany({ where: scopedToOrganisation(actor), select: { name: true } });
      const known = new Set(onList.map((entry) => entry.name.toLocaleLowerCase("nl")));
      const missing = COMMON_OTHER_PARTIES.filter((entry) => !known.has(entry.name.toLocaleLowerCase("nl")));
      if (missing.length > 0) {
        await tx.otherParty.createMany({
          data: missing.map((entry) => ({ ...entry, organisationId: actor.organisationId })),
        });
        await recordAudit(
          {
            actor,
            action: "other_party.add_common",
            access: "WRITE",
            entityType: "Organisation",
            entityId: actor.organisationId,
            details: { added: missing.length },
          },
          tx,
        );
      }
      return { added: missing.length };
    }),
});
