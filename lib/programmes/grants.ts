// A partnership's admin decides which programmes or funders read its figures. A programme is
// made by whoever runs the installation (`npm run setup -- --programme`); the admin only gives
// and takes access, and a programme never asks for it in the app.
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { recordId, z } from "@/lib/zod";

const programmeRefSchema = z.object({ programmeId: recordId("refusals.programmes.chooseProgramme") });

export type ProgrammeChoice = {
  id: string;
  name: string;
  municipality: string;
  /** When this partnership gave it access, and who did; null when it has none. */
  grant: { grantedAt: Date; grantedBy: string } | null;
};

/** Every programme on the installation, and whether the admin's partnership lets it read its figures. */
export async function listProgrammeGrants(actor: Actor | null): Promise<ProgrammeChoice[]> {
  const admin = requireRole(actor, ADMIN_ROLES);
  const programmes = await db.organisation.findMany({
    where: { kind: "PROGRAMME" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      municipality: true,
      grantsReceived: {
        where: { organisationId: admin.organisationId },
        select: { grantedAt: true, grantedBy: { select: { name: true } } },
      },
    },
  });
  return programmes.map(({ grantsReceived: [grant], ...programme }) => ({
    ...programme,
    grant: grant ? { grantedAt: grant.grantedAt, grantedBy: grant.grantedBy.name } : null,
  }));
}

export const grantProgrammeAccess = defineUseCase({
  name: "programmes.grantProgrammeAccess",
  roles: ADMIN_ROLES,
  input: programmeRefSchema,
  run: async (actor, { programmeId }, { now }) => {
    try {
      return await db.$transaction(async (tx) => {
        const programme = await tx.organisation.findFirst({
          where: { id: programmeId, kind: "PROGRAMME" },
          select: { id: true, name: true },
        });
        if (!programme) throw new Refusal("refusals.programmes.programmeNotFound");
        const exists = await tx.programmeGrant.findUnique({
          where: { organisationId_programmeId: { organisationId: actor.organisationId, programmeId } },
          select: { id: true },
        });
        if (exists) throw new Refusal("refusals.programmes.alreadyGranted");
        await tx.programmeGrant.create({
          data: { organisationId: actor.organisationId, programmeId, grantedById: actor.userId, grantedAt: now },
        });
        await recordAudit(
          {
            actor,
            action: "programme.grant",
            access: "WRITE",
            entityType: "Organisation",
            entityId: programmeId,
            details: { programme: programme.name },
          },
          tx,
        );
        return ok({ programmeId });
      });
    } catch (error) {
      // Two admins of the partnership at the same moment: the unique index lets one through.
      if (isUniqueViolation(error)) throw new Refusal("refusals.programmes.alreadyGranted");
      throw error;
    }
  },
});

export const revokeProgrammeAccess = defineUseCase({
  name: "programmes.revokeProgrammeAccess",
  roles: ADMIN_ROLES,
  input: programmeRefSchema,
  run: (actor, { programmeId }) =>
    db.$transaction(async (tx) => {
      const { count } = await tx.programmeGrant.deleteMany({
        where: { organisationId: actor.organisationId, programmeId },
      });
      if (count === 0) throw new Refusal("refusals.programmes.grantNotFound");
      await recordAudit(
        { actor, action: "programme.revoke", access: "WRITE", entityType: "Organisation", entityId: programmeId },
        tx,
      );
      return ok({ programmeId });
    }),
});

/** The partnerships that let this programme read their figures, by name. */
export async function partnershipsOfProgramme(programmeId: string) {
  const grants = await db.programmeGrant.findMany({
    where: { programmeId, organisation: { kind: { not: "PROGRAMME" } } },
    select: {
      grantedAt: true,
      organisation: { select: { id: true, name: true, slug: true, municipality: true } },
    },
  });
  return grants
    .map(({ grantedAt, organisation }) => ({ ...organisation, grantedAt }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
