import { recordAudit } from "@/lib/audit";
import { hashLinkSecret, newLinkSecret } from "@/lib/auth/one-time-link";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";
import { absoluteUrl } from "@/lib/app-url";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PARTNER_MESSAGES } from "@/lib/partners/rules";
import { ok, Refusal, type Result } from "@/lib/result";
import { claimSubmission, recordSubmission, SubmissionReplayed } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { createPartnerLinkSchema, listPartnerLinksSchema, PARTNER_LINK_MESSAGES, partnerLinkIdSchema } from "./schema";

// A partner's personal link is kept by whoever keeps the social map (the coordinator): it lets
// people outside the library book half hours, so it is given to one partner, shown once, stored
// only as its hash, and revoked here. Revoked links stay listed: their referrals point at them.

/** The path a partner's link opens; the secret is its last segment. */
function partnerLinkPath(secret: string): string {
  return `/verwijzen/${secret}`;
}

/**
 * Makes a link for one partner and one location; the answer holds its secret, the only time it is
 * shown. Idempotent like the other create forms (lib/submissions.ts), but the stored answer holds
 * only the link's id, never its secret: a second submit of the same form (a double click, a retry
 * after the answer got lost) makes no second link but gives the first one a new secret, shown in
 * this answer. The first secret was never shown (its answer is the one that got lost or replaced),
 * and it stops working.
 */
export const createPartnerLink = defineUseCase({
  name: "partnerLinks.createPartnerLink",
  roles: PARTNER_EDIT_ROLES,
  input: createPartnerLinkSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }): Promise<Result<{ linkId: string; url: string }>> => {
    const secret = newLinkSecret();
    const linkId = await db.$transaction(async (tx) => {
      try {
        await claimSubmission(tx, submission);
      } catch (error) {
        if (!(error instanceof SubmissionReplayed) || !error.result.ok) throw error;
        const earlier = (error.result.value as { linkId: string }).linkId;
        await renewSecret(tx, actor, earlier, hashLinkSecret(secret));
        submission!.recorded = true;
        return earlier;
      }
      // Locked until the link is made: a deactivation of the partner at the same moment waits, and
      // then revokes this link with the others (revokeLinksOfDeactivatedPartner), or went first
      // and is seen here. Only the actor's own organisation's partner.
      const [partner] = await tx.$queryRaw<{ id: string; active: boolean }[]>`
        SELECT "id", "active" FROM "Partner"
        WHERE "id" = ${input.partnerId} AND "organisationId" = ${actor.organisationId}
        FOR SHARE`;
      if (!partner) throw new Refusal(PARTNER_MESSAGES.partnerNotFound);
      if (!partner.active) throw new Refusal(PARTNER_LINK_MESSAGES.partnerInactive);
      const location = await tx.location.findFirst({
        where: { id: input.locationId, active: true, ...scopedToOrganisation(actor) },
        select: { id: true },
      });
      if (!location)
        throw new Refusal("refusals.locations.notFound", { locationId: ["refusals.locations.chooseLocation"] });
      const link = await tx.partnerLink.create({
        data: {
          organisationId: actor.organisationId,
          partnerId: partner.id,
          locationId: location.id,
          tokenHash: hashLinkSecret(secret),
          label: input.label,
          createdById: actor.userId,
          createdAt: now,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "partner_link.create",
          access: "WRITE",
          entityType: "PartnerLink",
          entityId: link.id,
          details: { partnerId: partner.id, locationId: location.id },
        },
        tx,
      );
      // Only the id: the secret is never stored.
      return (await recordSubmission(tx, submission, { linkId: link.id })).linkId;
    });
    return ok({ linkId, url: absoluteUrl(partnerLinkPath(secret)) });
  },
});

/** The repeated submit's new secret for the link the first submit made; a revoked link stays revoked. */
async function renewSecret(tx: Prisma.TransactionClient, actor: Actor, linkId: string, tokenHash: string) {
  const { count } = await tx.partnerLink.updateMany({
    where: { id: linkId, revokedAt: null, ...scopedToOrganisation(actor) },
    data: { tokenHash },
  });
  if (count !== 1) throw new Refusal(PARTNER_LINK_MESSAGES.alreadyRevoked);
  await recordAudit(
    {
      actor,
      action: "partner_link.create",
      access: "WRITE",
      entityType: "PartnerLink",
      entityId: linkId,
      details: { repeatedSubmit: true },
    },
    tx,
  );
}

/** Stops a link from working, at once and for good; what it booked stays booked. */
export const revokePartnerLink = defineUseCase({
  name: "partnerLinks.revokePartnerLink",
  roles: PARTNER_EDIT_ROLES,
  input: partnerLinkIdSchema,
  run: async (actor, { linkId }, { now }): Promise<Result<{ partnerId: string }>> => {
    const partnerId = await db.$transaction(async (tx) => {
      const link = await tx.partnerLink.findFirst({
        where: { id: linkId, ...scopedToOrganisation(actor) },
        select: { id: true, partnerId: true },
      });
      if (!link) throw new Refusal(PARTNER_LINK_MESSAGES.notFound);
      // Conditional: of two clicks (or a click and a booking) one decides, the other sees it.
      const { count } = await tx.partnerLink.updateMany({
        where: { id: link.id, revokedAt: null },
        data: { revokedAt: now, revokedById: actor.userId },
      });
      if (count !== 1) throw new Refusal(PARTNER_LINK_MESSAGES.alreadyRevoked);
      await recordLinkRevoked(tx, actor, link.id, { partnerId: link.partnerId });
      return link.partnerId;
    });
    return ok({ partnerId });
  },
});

/**
 * A partner that leaves the social map (deactivatePartner, or an import that sets it inactive)
 * takes its links with it, for good: each link not yet revoked is revoked, by whoever deactivated
 * the partner, in the same transaction. A link is what lets people outside the library book, given
 * to one partner; when the library stops working with that partner, copies of it in old mailboxes
 * must not start booking again the day the partner is brought back, perhaps years later, perhaps
 * with other people. Bringing the partner back (reactivatePartner) therefore restores no link: the
 * coordinator makes new ones. A deactivation by mistake costs one new link per team. Links already
 * revoked keep their own moment and revoker. Waits for a booking through one of the links that is
 * under way (it holds the link's row), as revokePartnerLink does.
 */
export async function revokeLinksOfDeactivatedPartner(
  tx: Prisma.TransactionClient,
  actor: Actor,
  partnerId: string,
  now: Date,
): Promise<void> {
  const links = await tx.partnerLink.updateManyAndReturn({
    where: { partnerId, revokedAt: null, ...scopedToOrganisation(actor) },
    data: { revokedAt: now, revokedById: actor.userId },
    select: { id: true },
  });
  for (const link of links) await recordLinkRevoked(tx, actor, link.id, { partnerId, partnerDeactivated: true });
}

/** One audit event per revoked link, whether one link or a deactivated partner's all went. */
function recordLinkRevoked(
  tx: Prisma.TransactionClient,
  actor: Actor,
  linkId: string,
  details: { partnerId: string; partnerDeactivated?: true },
) {
  return recordAudit(
    { actor, action: "partner_link.revoke", access: "WRITE", entityType: "PartnerLink", entityId: linkId, details },
    tx,
  );
}

export type PartnerLinkRow = {
  id: string;
  label: string;
  locationName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/**
 * A partner's links, newest first, without their secrets (only the hashes are stored; not even
 * those leave here), and the locations a new link may book at.
 */
export const listPartnerLinks = defineUseCase({
  name: "partnerLinks.listPartnerLinks",
  roles: PARTNER_EDIT_ROLES,
  input: listPartnerLinksSchema,
  run: async (
    actor,
    { partnerId },
  ): Promise<Result<{ links: PartnerLinkRow[]; locations: { id: string; name: string }[] }>> => {
    const partner = await db.partner.findFirst({
      where: { id: partnerId, ...scopedToOrganisation(actor) },
      select: { id: true },
    });
    if (!partner) throw new Refusal(PARTNER_MESSAGES.partnerNotFound);
    const links = await db.partnerLink.findMany({
      where: { partnerId: partner.id, ...scopedToOrganisation(actor) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        label: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
        location: { select: { name: true } },
      },
    });
    const locations = await db.location.findMany({
      where: { active: true, ...scopedToOrganisation(actor) },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    return ok({ links: links.map(({ location, ...link }) => ({ ...link, locationName: location.name })), locations });
  },
});
