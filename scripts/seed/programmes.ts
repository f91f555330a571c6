import type { Prisma } from "../../lib/generated/prisma/client";

/**
 * A programme (funder) with its reader and the grants of the libraries that gave it access, in
 * the caller's transaction: a programme made without its grants would never get them, as both
 * callers make one only when it does not exist yet (scripts/seed.ts, the bench's pass 5).
 */
export async function createProgramme(
  tx: Prisma.TransactionClient,
  programme: { slug: string; name: string; municipality: string; demo?: boolean },
  reader: { email: string; name: string; passwordHash: string | null },
  grants: { admins: readonly { id: string; organisationId: string }[]; grantedAt: Date },
) {
  const { id } = await tx.organisation.create({ data: { ...programme, kind: "PROGRAMME" }, select: { id: true } });
  // A write of its own, not nested in the organisation's: only a top-level write takes its
  // moments (sessionsValidFrom) from the app's clock (lib/clock-stamps.ts), and a session that
  // began "before" the account existed is no session.
  await tx.user.create({ data: { ...reader, organisationId: id, roles: ["PROGRAMME"] } });
  await tx.programmeGrant.createMany({
    data: grants.admins.map((admin) => ({
      organisationId: admin.organisationId,
      programmeId: id,
      grantedById: admin.id,
      grantedAt: grants.grantedAt,
    })),
  });
}
