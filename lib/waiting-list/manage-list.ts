// The waiting list at the desk: the host puts a client on the list of a location, sees who waits
// and which freed half hour is offered to whom ("bel … : 19:00 is vrij"), and takes someone off.
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { DESK_ROLES } from "@/lib/auth/policy";
import { addCalendarDays, amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import {
  DESK_LIST_CONSENT_SCOPE,
  DESK_MAIL_CONSENT_SCOPE,
  endWaitingListConsent,
  lockWaitingListClient,
} from "@/lib/privacy/waiting-list-consent";
import { ok, Refusal } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { liveOfferWhere } from "./hold";
import {
  addToWaitingListSchema,
  WAITING_LIST_MESSAGES,
  waitingListEntrySchema,
  waitingListLocationSchema,
} from "./schema";

/**
 * The host puts a client, found or new, on the waiting list of one of the organisation's locations,
 * with the client's consent to wait (the form's required box): a WAITING_LIST consent in the desk's
 * words, which also covers an offer by e-mail when the client agreed to that and has an address.
 */
export const addToWaitingList = defineUseCase({
  name: "waitingList.addToWaitingList",
  roles: DESK_ROLES,
  input: addToWaitingListSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) =>
    db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const location = await tx.location.findFirst({
        where: { id: input.locationId, ...scopedToOrganisation(actor), active: true },
        select: { id: true },
      });
      if (!location) throw new Refusal(WAITING_LIST_MESSAGES.locationNotFound);
      let client: { id: string; phone: string | null; email: string | null };
      if ("existingClientId" in input.client) {
        // Read under a share lock: the retention job anonymising them right now (it locks the row
        // first) finishes first and this finds them gone, or it waits and then sees this entry.
        await tx.$queryRaw`SELECT 1 FROM "Client" WHERE "id" = ${input.client.existingClientId}
          AND "organisationId" = ${actor.organisationId} FOR SHARE`;
        const found = await tx.client.findFirst({
          where: {
            id: input.client.existingClientId,
            ...scopedToOrganisation(actor),
            anonymisedAt: null,
            mergedIntoId: null,
          },
          select: { id: true, phone: true, email: true },
        });
        if (!found) throw new Refusal(WAITING_LIST_MESSAGES.clientNotFound);
        client = found;
      } else {
        const { displayName, phone, email } = input.client.newClient;
        if (!phone && !email) throw new Refusal(WAITING_LIST_MESSAGES.contactRequired);
        client = await tx.client.create({
          data: { organisationId: actor.organisationId, displayName, phone: phone ?? null, email: email ?? null },
          select: { id: true, phone: true, email: true },
        });
        await recordAudit(
          {
            actor,
            action: "client.create",
            access: "WRITE",
            entityType: "Client",
            entityId: client.id,
            clientId: client.id,
          },
          tx,
        );
      }
      if (!client.phone && !client.email) throw new Refusal(WAITING_LIST_MESSAGES.contactRequired);
      // Two entries of one client at one location would get two half hours; and an entry of theirs
      // closing meanwhile must not withdraw the consent recorded here (endWaitingListConsent).
      await lockWaitingListClient(tx, client.id);
      const already = await tx.waitingListEntry.count({
        where: { clientId: client.id, locationId: location.id, closedAt: null },
      });
      if (already > 0) throw new Refusal(WAITING_LIST_MESSAGES.alreadyOnList);
      await tx.consent.create({
        data: {
          organisationId: actor.organisationId,
          clientId: client.id,
          purpose: "WAITING_LIST",
          legalBasis: "CONSENT",
          givenAt: now,
          scope: input.mailConsent && client.email ? DESK_MAIL_CONSENT_SCOPE : DESK_LIST_CONSENT_SCOPE,
          recordedById: actor.userId,
        },
      });
      const until = addCalendarDays(amsterdamDay(now), input.weeks * 7);
      const entry = await tx.waitingListEntry.create({
        data: {
          organisationId: actor.organisationId,
          locationId: location.id,
          clientId: client.id,
          addedVia: "DESK",
          note: input.note ?? null,
          until: dateColumn(until),
          createdAt: now,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "waiting_list.add",
          access: "WRITE",
          entityType: "WaitingListEntry",
          entityId: entry.id,
          clientId: client.id,
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { entryId: entry.id, until }));
    }),
});

/**
 * Who waits at one location, oldest first, each with the half hour offered to them now (if any):
 * what the desk needs to call them. Names and contact details only, never a question or a dossier.
 */
export const listWaitingList = defineUseCase({
  name: "waitingList.listWaitingList",
  roles: DESK_ROLES,
  input: waitingListLocationSchema,
  run: async (actor, { locationId }, { now }) => {
    const location = await db.location.findFirst({
      where: { id: locationId, ...scopedToOrganisation(actor) },
      select: { id: true },
    });
    if (!location) throw new Refusal(WAITING_LIST_MESSAGES.locationNotFound);
    const entries = await db.waitingListEntry.findMany({
      where: {
        ...scopedToOrganisation(actor),
        locationId: location.id,
        closedAt: null,
        until: { gte: dateColumn(amsterdamDay(now)) },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        addedVia: true,
        note: true,
        createdAt: true,
        until: true,
        client: { select: { id: true, displayName: true, phone: true, email: true } },
        offers: {
          where: { ...liveOfferWhere(now), slot: { visit: null } },
          orderBy: { offeredAt: "desc" },
          take: 1,
          select: {
            id: true,
            expiresAt: true,
            mailedAt: true,
            slot: { select: { startsAt: true, endsAt: true } },
          },
        },
      },
    });
    return ok(
      entries.map(({ offers, ...entry }) => ({
        ...entry,
        offer: offers[0]
          ? {
              id: offers[0].id,
              startsAt: offers[0].slot.startsAt,
              endsAt: offers[0].slot.endsAt,
              expiresAt: offers[0].expiresAt,
              mailed: offers[0].mailedAt !== null,
            }
          : null,
      })),
    );
  },
});

/**
 * Takes someone off the list (they found help elsewhere, or no longer want it); a live offer is let
 * go, and the WAITING_LIST consent ends with the client's last open entry.
 */
export const withdrawFromWaitingList = defineUseCase({
  name: "waitingList.withdrawFromWaitingList",
  roles: DESK_ROLES,
  input: waitingListEntrySchema,
  run: async (actor, { entryId }, { now }) =>
    db.$transaction(async (tx) => {
      const entry = await tx.waitingListEntry.findFirst({
        where: { id: entryId, ...scopedToOrganisation(actor) },
        select: { id: true, organisationId: true, clientId: true, closedAt: true },
      });
      if (!entry) throw new Refusal(WAITING_LIST_MESSAGES.entryNotFound);
      const { count } = await tx.waitingListEntry.updateMany({
        where: { id: entry.id, closedAt: null },
        data: { closedAt: now, closedReason: "WITHDRAWN" },
      });
      if (count !== 1) throw new Refusal(WAITING_LIST_MESSAGES.entryClosed);
      await tx.slotOffer.updateMany({
        where: { entryId: entry.id, ...liveOfferWhere(now) },
        data: { declinedAt: now },
      });
      await recordAudit(
        {
          actor,
          action: "waiting_list.withdraw",
          access: "WRITE",
          entityType: "WaitingListEntry",
          entityId: entry.id,
          clientId: entry.clientId,
        },
        tx,
      );
      await endWaitingListConsent(tx, entry, now, actor);
      return ok();
    }),
});

/** The locations a desk may keep a waiting list for: the organisation's active ones. */
export async function waitingListLocations(actor: Actor | null) {
  const user = requireRole(actor, DESK_ROLES);
  return db.location.findMany({
    where: { ...scopedToOrganisation(user), active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, onlineBooking: true },
  });
}
