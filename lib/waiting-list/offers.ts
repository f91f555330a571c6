// The offers of the waiting list (issue 18 item 4). A free half hour at a location with people on
// its waiting list is offered to the first of them (oldest entry first) whose last day covers it,
// and held for them for OFFER_HOLD_MS, never past its start:
//
//   offerFreedSlots (a sweep) ──▶ live offer ──takeOffer──▶ taken: an appointment (Visit), entry BOOKED
//                                      │ ──declineOffer──▶ declined ─┐
//                                      └── expiresAt passes ────────┴─▶ the next sweep offers the
//                                                                        half hour to the next entry
//
// The sweep, not each change on its own, finds the free half hours and decides who gets them: a
// client's cancellation or move through their link, a desk cancellation, a no-show of a later half
// hour, new slots in the schedule or a declined or expired offer all leave a free half hour that the
// next sweep sees, and one rule decides. The server actions of those changes run a sweep once their
// answer is sent (lib/jobs/waiting-list-sweep.ts); the five-minute job (scripts/reminders.ts)
// catches what they miss, an expired offer among it. A page never sweeps: a GET (a prefetch, a
// reload) must not write rows or send mail. Concurrent sweeps of one location wait for each other
// (an advisory lock), so a half hour is offered once; an online booking of the same half hour waits
// for the offer, or the offer for the booking, on the half hour's row (lockSlotToGive in ./hold.ts).
//
// A mailed offer carries a link whose secret is stored only as its hash; the mail is sent after the
// offer is committed, at most once (the secret exists only in this process). The desk sees every
// live offer ("bel … : 19:00 is vrij") and calls whoever has no e-mail.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { DESK_ROLES } from "@/lib/auth/policy";
import { hashLinkSecret, isLinkSecret, newLinkSecret } from "@/lib/auth/one-time-link";
import { giveOnlineBookingConsent } from "@/lib/booking/book-steps";
import { clock } from "@/lib/clock";
import { addCalendarDays, amsterdamDay, amsterdamDayRange, dateColumn, dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ClientLocale, isClientLocale } from "@/lib/i18n/client-locales";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import { publicTranslator } from "@/lib/public/locales";
import { endWaitingListConsent, mailableWaitingListConsent } from "@/lib/privacy/waiting-list-consent";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { recordId, z } from "@/lib/zod";
import { liveOfferWhere, lockSlotToGive } from "./hold";
import { offerMail, type OfferMailFacts } from "./offer-mail";
import { logError } from "@/lib/log-error";

type Tx = Prisma.TransactionClient;

/** How long an offer holds its half hour: time to read a mail or to be called back. */
export const OFFER_HOLD_MS = 2 * 60 * 60_000;
/** How long after "yes" the same click still answers with the appointment, as a booking form's key does. */
const REPLAY_WINDOW_MS = 15 * 60_000;
/** A half hour that starts sooner is not offered: nobody reads a mail and travels in less. */
const OFFER_LEAD_MS = 30 * 60_000;
/** Bounds one location's sweep; the next sweep goes on. */
const MAX_OFFERS_PER_SWEEP = 50;

type SweepReport = { expired: number; offered: number; mailed: number };

const clientLocale = (value: string): ClientLocale => (isClientLocale(value) ? value : "nl");

/**
 * Entries whose last day has passed leave the list (EXPIRED); their live offers stop holding, and
 * the WAITING_LIST consent of a client who now waits nowhere ends with them.
 */
async function expireEntries(now: Date, scope: Prisma.WaitingListEntryWhereInput): Promise<number> {
  const today = dateColumn(amsterdamDay(now));
  return db.$transaction(async (tx) => {
    const expired = await tx.waitingListEntry.updateManyAndReturn({
      where: { ...scope, closedAt: null, until: { lt: today } },
      data: { closedAt: now, closedReason: "EXPIRED" },
      select: { organisationId: true, clientId: true },
    });
    // One client at a time, in one order: two sweeps may wait for each other, never in a circle.
    const clients = new Map(expired.map((entry) => [entry.clientId, entry]));
    for (const clientId of [...clients.keys()].sort()) await endWaitingListConsent(tx, clients.get(clientId)!, now);
    return expired.length;
  });
}

/** Which part of the sweep to run: everything (the five-minute job), or what one change touched. */
export type SweepScope = { organisationId?: string; locationId?: string; slotId?: string | null };

/**
 * Offers every free half hour of the coming days at locations with people waiting: the sweep
 * described at the top of this file. `organisationId`, `locationId` or `slotId` narrows it (a
 * change at the desk or in the schedule, a client's change through their link, a declined offer).
 * Mails the offers it can (an e-mail address and a WAITING_LIST consent that covers mail) once they
 * are committed.
 */
export async function offerFreedSlots(options: SweepScope & { now?: Date } = {}): Promise<SweepReport> {
  const now = options.now ?? clock.now();
  const scope: Prisma.WaitingListEntryWhereInput = {
    ...(options.organisationId ? { organisationId: options.organisationId } : {}),
    ...(options.locationId ? { locationId: options.locationId } : {}),
  };
  const report: SweepReport = { expired: await expireEntries(now, scope), offered: 0, mailed: 0 };
  const waiting = await db.waitingListEntry.groupBy({
    by: ["locationId"],
    where: {
      ...scope,
      closedAt: null,
      ...(options.slotId ? { location: { sessions: { some: { slots: { some: { id: options.slotId } } } } } } : {}),
    },
  });
  for (const { locationId } of waiting) {
    const mails = await db.$transaction((tx) => offerAtLocation(tx, locationId, now, options.slotId ?? undefined));
    report.offered += mails.offered;
    for (const mail of mails.toSend) if (await sendOfferMail(mail, now)) report.mailed++;
  }
  return report;
}

type PendingMail = OfferMailFacts & { offerId: string };

async function offerAtLocation(
  tx: Tx,
  locationId: string,
  now: Date,
  slotId?: string,
): Promise<{ offered: number; toSend: PendingMail[] }> {
  // One sweep of a location at a time: a half hour is offered to one entry, an entry gets one offer.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`waiting-list:${locationId}`}, 0))`;
  const today = amsterdamDay(now);
  const entries = await tx.waitingListEntry.findMany({
    where: {
      locationId,
      closedAt: null,
      until: { gte: dateColumn(today) },
      client: { anonymisedAt: null },
      // One live offer at a time; one whose half hour the desk gave away meanwhile does not count.
      offers: { none: { ...liveOfferWhere(now), slot: { visit: null } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      organisationId: true,
      until: true,
      offers: { select: { slotId: true } },
      client: {
        select: {
          displayName: true,
          email: true,
          preferredLanguage: true,
          consents: { where: mailableWaitingListConsent, select: { id: true }, take: 1 },
        },
      },
    },
  });
  if (entries.length === 0) return { offered: 0, toSend: [] };
  const lastDay = entries.reduce((last, entry) => Math.max(last, entry.until.getTime()), 0);
  const offerable: Prisma.SlotWhereInput = {
    startsAt: {
      gt: new Date(now.getTime() + OFFER_LEAD_MS),
      lt: amsterdamDayRange(addCalendarDays(dayOfDateColumn(new Date(lastDay)), 1)).start,
    },
    visit: null,
    offers: { none: liveOfferWhere(now) },
    // The online booking's rule: a half hour of a walk-in-only hour is the desk's to give.
    session: { locationId, status: { not: "CANCELLED" }, mode: { not: "WALK_IN" }, location: { active: true } },
  };
  const slots = await tx.slot.findMany({
    where: { ...(slotId ? { id: slotId } : {}), ...offerable },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: MAX_OFFERS_PER_SWEEP,
    select: {
      id: true,
      sessionId: true,
      startsAt: true,
      endsAt: true,
      session: { select: { location: { select: { name: true, street: true, postcode: true, city: true } } } },
    },
  });
  const served = new Set<string>();
  const toSend: PendingMail[] = [];
  let offered = 0;
  for (const slot of slots) {
    const day = amsterdamDay(slot.startsAt);
    // The first one waiting who still waits on that day and was not offered this half hour before.
    const entry = entries.find(
      (candidate) =>
        !served.has(candidate.id) &&
        dayOfDateColumn(candidate.until) >= day &&
        !candidate.offers.some((offer) => offer.slotId === slot.id),
    );
    if (!entry) continue;
    // Free when read above, but an online booking may have taken it since: ask again under its lock.
    await lockSlotToGive(tx, slot);
    if ((await tx.slot.count({ where: { id: slot.id, ...offerable } })) === 0) continue;
    served.add(entry.id);
    const { client } = entry;
    const mailable = !!client.email && client.consents.length > 0 && mailConfigured();
    const secret = mailable ? newLinkSecret() : null;
    const expiresAt = new Date(Math.min(now.getTime() + OFFER_HOLD_MS, slot.startsAt.getTime()));
    const offer = await tx.slotOffer.create({
      data: {
        organisationId: entry.organisationId,
        entryId: entry.id,
        slotId: slot.id,
        tokenHash: secret ? hashLinkSecret(secret) : null,
        offeredAt: now,
        expiresAt,
      },
      select: { id: true },
    });
    offered++;
    if (secret && client.email)
      toSend.push({
        offerId: offer.id,
        offerSecret: secret,
        name: client.displayName,
        email: client.email,
        locale: clientLocale(client.preferredLanguage),
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        expiresAt,
        location: slot.session.location,
      });
  }
  return { offered, toSend };
}

/** Sends one committed offer's mail; false when the mail server refused it (the desk calls instead). */
async function sendOfferMail(mail: PendingMail, now: Date): Promise<boolean> {
  try {
    await sendMail(offerMail(mail));
  } catch (error) {
    logError(`Waiting-list offer ${mail.offerId} not mailed`, error);
    return false;
  }
  // updateMany: the offer may be gone meanwhile (the session deleted).
  await db.slotOffer.updateMany({ where: { id: mail.offerId }, data: { mailedAt: now } });
  return true;
}

type OfferView = {
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
  name: string;
  locale: ClientLocale;
  location: { slug: string; name: string; street: string; postcode: string; city: string };
};

const offerSelect = {
  id: true,
  organisationId: true,
  slotId: true,
  expiresAt: true,
  takenAt: true,
  declinedAt: true,
  visitId: true,
  entry: {
    select: {
      id: true,
      closedAt: true,
      locationId: true,
      client: { select: { id: true, displayName: true, preferredLanguage: true, anonymisedAt: true } },
      location: { select: { slug: true, name: true, street: true, postcode: true, city: true } },
    },
  },
  slot: { select: { startsAt: true, endsAt: true, sessionId: true } },
} as const satisfies Prisma.SlotOfferSelect;

type OfferRow = Prisma.SlotOfferGetPayload<{ select: typeof offerSelect }>;

function isLive(offer: OfferRow, now: Date): boolean {
  return (
    offer.takenAt === null &&
    offer.declinedAt === null &&
    offer.expiresAt > now &&
    offer.entry.closedAt === null &&
    offer.entry.client.anonymisedAt === null &&
    offer.slot.startsAt > now
  );
}

function viewOf(offer: OfferRow): OfferView {
  return {
    startsAt: offer.slot.startsAt,
    endsAt: offer.slot.endsAt,
    expiresAt: offer.expiresAt,
    name: offer.entry.client.displayName,
    locale: clientLocale(offer.entry.client.preferredLanguage),
    location: offer.entry.location,
  };
}

/**
 * The live offer behind an offer link, for its page; null for an unknown, malformed, taken,
 * declined or expired one, without saying which.
 */
export async function findOfferByLink(secret: unknown, now = clock.now()): Promise<OfferView | null> {
  if (!isLinkSecret(secret)) return null;
  const offer = await db.slotOffer.findUnique({ where: { tokenHash: hashLinkSecret(secret) }, select: offerSelect });
  return offer && isLive(offer, now) ? viewOf(offer) : null;
}

/** One answer for every offer that cannot be taken or declined: it says nothing about why. */
class OfferUnusable extends Error {
  constructor(readonly notFound = false) {
    super("offer unusable");
  }
}

async function lockedOffer(tx: Tx, where: { tokenHash: string } | { id: string; organisationId: string }) {
  const found = await tx.slotOffer.findFirst({ where, select: { id: true } });
  if (!found) throw new OfferUnusable(true);
  await tx.$queryRaw`SELECT 1 FROM "SlotOffer" WHERE "id" = ${found.id} FOR UPDATE`;
  return tx.slotOffer.findUniqueOrThrow({ where: { id: found.id }, select: offerSelect });
}

const bySecret = (secret: unknown) => {
  if (!isLinkSecret(secret)) throw new OfferUnusable();
  return { tokenHash: hashLinkSecret(secret) };
};

type TakenOffer = OfferView & {
  visitId: string;
  /** The appointment's personal link (lib/booking: /afspraak/…), shown once, stored as its hash. */
  linkSecret: string;
};

type OfferAnswer<T> = { ok: true; value: T } | { ok: false; refusal: "offerUnusable" };

/**
 * Books a live offer's half hour for the entry's client, in the caller's transaction with the offer
 * row locked: an appointment like any other, with a personal link; the offer taken, the entry
 * BOOKED, and the WAITING_LIST consent withdrawn unless the client still waits elsewhere. The
 * database's one-visit-per-slot key decides against a concurrent booking elsewhere.
 */
async function bookHeldSlot(
  tx: Tx,
  offer: OfferRow,
  now: Date,
  how: { bookedVia: "ONLINE" | "DESK"; actor?: Actor; origin?: RequestOrigin; consentScope?: string },
): Promise<TakenOffer> {
  if (!isLive(offer, now)) throw new OfferUnusable();
  // Hold off a concurrent cancellation of the session until this booking is in (or out).
  await tx.$queryRaw`SELECT 1 FROM "Session" WHERE "id" = ${offer.slot.sessionId} FOR SHARE`;
  const session = await tx.session.findUniqueOrThrow({ where: { id: offer.slot.sessionId }, select: { status: true } });
  if (session.status === "CANCELLED") throw new OfferUnusable();
  const { organisationId } = offer;
  const clientId = offer.entry.client.id;
  const visit = await tx.visit.create({
    data: {
      organisationId,
      locationId: offer.entry.locationId,
      sessionId: offer.slot.sessionId,
      slotId: offer.slotId,
      clientId,
      kind: "APPOINTMENT",
      status: "BOOKED",
      bookedVia: how.bookedVia,
      plannedStartsAt: offer.slot.startsAt,
      registeredById: how.actor?.userId ?? null,
    },
    select: { id: true },
  });
  const linkSecret = newLinkSecret();
  await tx.appointmentLink.create({
    data: {
      organisationId,
      visitId: visit.id,
      tokenHash: hashLinkSecret(linkSecret),
      expiresAt: offer.slot.endsAt,
      createdAt: now,
    },
  });
  // Taken through the link, as an online booking is made: the words the offer page showed beside
  // "yes" are what the client agreed to, and cancelling the appointment withdraws them
  // (lib/booking/manage.ts). The consent to wait ends below: waiting is over.
  if (how.consentScope) await giveOnlineBookingConsent(tx, { organisationId, clientId, scope: how.consentScope }, now);
  await tx.slotOffer.update({ where: { id: offer.id }, data: { takenAt: now, visitId: visit.id } });
  await tx.waitingListEntry.update({ where: { id: offer.entry.id }, data: { closedAt: now, closedReason: "BOOKED" } });
  await recordAudit(
    {
      actor: how.actor,
      organisationId,
      origin: how.origin,
      action: how.bookedVia === "ONLINE" ? "visit.book_online" : "visit.book_appointment",
      access: "WRITE",
      entityType: "Visit",
      entityId: visit.id,
      clientId,
      details: { via: "waitingList" },
    },
    tx,
  );
  await endWaitingListConsent(tx, { organisationId, clientId }, now, how.actor);
  return { ...viewOf(offer), visitId: visit.id, linkSecret };
}

/**
 * The client takes the offered half hour through the offer link: an appointment like an online
 * booking, with a personal link to see, move or cancel it; the entry leaves the list (BOOKED).
 * The offer row is locked, so of many clicks one books; a second click after the booking gets a
 * fresh link to the same appointment. Anything else is one neutral refusal, and writes nothing.
 */
export async function takeOffer(
  secret: unknown,
  {
    now = clock.now(),
    origin,
    locale = "nl",
  }: { now?: Date; origin?: RequestOrigin; /** The offer page's language. */ locale?: ClientLocale } = {},
): Promise<OfferAnswer<TakenOffer>> {
  const consentScope = publicTranslator(locale)("waitingList.offer.consentText");
  try {
    const value = await db.$transaction(async (tx) => {
      const offer = await lockedOffer(tx, bySecret(secret));
      // A second click of the same "yes" (a double click, a lost answer) gets the appointment; later,
      // the offer's link is no key to the appointment: the client has the appointment's own link.
      if (offer.takenAt && offer.visitId && now.getTime() - offer.takenAt.getTime() <= REPLAY_WINDOW_MS)
        return replay(tx, offer, now);
      return bookHeldSlot(tx, offer, now, { bookedVia: "ONLINE", origin, consentScope });
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof OfferUnusable) return { ok: false, refusal: "offerUnusable" };
    // Another booking took the half hour between the offer and this click.
    if (isUniqueViolation(error)) return { ok: false, refusal: "offerUnusable" };
    throw error;
  }
}

/**
 * The host called the client ("bel … : 19:00 is vrij") and the client said yes: the desk books the
 * offered half hour for them, as the link would have.
 */
export const bookOfferAtDesk = defineUseCase({
  name: "waitingList.bookOfferAtDesk",
  roles: DESK_ROLES,
  input: z.object({ offerId: recordId("refusals.waitingList.chooseEntry") }),
  run: async (actor, { offerId }, { now }) => {
    try {
      const value = await db.$transaction(async (tx) => {
        const offer = await lockedOffer(tx, { id: offerId, ...scopedToOrganisation(actor) });
        const { visitId } = await bookHeldSlot(tx, offer, now, { bookedVia: "DESK", actor });
        return { visitId };
      });
      return ok(value);
    } catch (error) {
      if (error instanceof OfferUnusable && error.notFound) return refuse("refusals.waitingList.offerNotFound");
      if (error instanceof OfferUnusable || isUniqueViolation(error)) return refuse("refusals.waitingList.offerGone");
      throw error;
    }
  },
});

/** A second "take it" after the first booked: a fresh link to that appointment, while it stands. */
async function replay(tx: Tx, offer: OfferRow, now: Date): Promise<TakenOffer> {
  const linkSecret = newLinkSecret();
  const visit = await tx.visit.findUnique({
    where: { id: offer.visitId! },
    select: { id: true, status: true, slotId: true },
  });
  if (!visit || visit.status !== "BOOKED" || visit.slotId !== offer.slotId || offer.slot.startsAt <= now)
    throw new OfferUnusable();
  await tx.appointmentLink.create({
    data: {
      organisationId: offer.organisationId,
      visitId: visit.id,
      tokenHash: hashLinkSecret(linkSecret),
      expiresAt: offer.slot.endsAt,
      createdAt: now,
    },
  });
  return { ...viewOf(offer), visitId: visit.id, linkSecret };
}

/** A declined offer, with the half hour it let go: what the sweep after the answer offers again. */
type DeclinedOffer = OfferView & { freed: { locationId: string; slotId: string } };

/**
 * "No thanks": the client stays on the list, and the half hour is free for the next one waiting:
 * the action sweeps `freed` once the client has their answer. Declining twice is the same answer;
 * a taken or expired offer cannot be declined.
 */
export async function declineOffer(
  secret: unknown,
  { now = clock.now() }: { now?: Date } = {},
): Promise<OfferAnswer<DeclinedOffer>> {
  try {
    const offer = await db.$transaction(async (tx) => {
      const found = await lockedOffer(tx, bySecret(secret));
      // Declining twice is the same answer, while the offer would still have held the half hour.
      if (found.declinedAt && found.expiresAt > now && !found.entry.closedAt) return found;
      if (!isLive(found, now)) throw new OfferUnusable();
      await tx.slotOffer.update({ where: { id: found.id }, data: { declinedAt: now } });
      return found;
    });
    return {
      ok: true,
      value: { ...viewOf(offer), freed: { locationId: offer.entry.locationId, slotId: offer.slotId } },
    };
  } catch (error) {
    if (error instanceof OfferUnusable) return { ok: false, refusal: "offerUnusable" };
    throw error;
  }
}
