import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { hashLinkSecret, isLinkSecret } from "@/lib/auth/one-time-link";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isClientLocale, type ClientLocale } from "@/lib/i18n/client-locales";
import { z } from "@/lib/zod";
import { BookingRefused, type ChangeRefusal, claimBookableSlot } from "./claim-slot";

type Tx = Prisma.TransactionClient;

export type LinkedAppointment = {
  visitId: string;
  cancelled: boolean;
  /** Still booked and not begun: the client may move or cancel it; once at the desk, the desk does. */
  changeable: boolean;
  startsAt: Date;
  endsAt: Date;
  clientName: string;
  email: string | null;
  locale: ClientLocale;
  location: {
    id: string;
    organisationId: string;
    slug: string;
    name: string;
    street: string;
    postcode: string;
    city: string;
    /** Whether the library still takes bookings online here: else a move is for the desk. */
    bookingOpen: boolean;
  };
};

/**
 * The appointment behind a client's personal link, while the link works: until the half hour
 * ends. An unknown, malformed or expired link is null, and says nothing about which it was.
 */
export async function findAppointmentByLink(secret: unknown, now = clock.now()): Promise<LinkedAppointment | null> {
  if (!isLinkSecret(secret)) return null;
  const link = await db.appointmentLink.findUnique({
    where: { tokenHash: hashLinkSecret(secret) },
    select: {
      expiresAt: true,
      visit: {
        select: {
          id: true,
          status: true,
          plannedStartsAt: true,
          slot: { select: { endsAt: true } },
          client: { select: { displayName: true, email: true, preferredLanguage: true } },
          location: {
            select: {
              id: true,
              organisationId: true,
              slug: true,
              name: true,
              street: true,
              postcode: true,
              city: true,
              active: true,
              onlineBooking: true,
            },
          },
        },
      },
    },
  });
  if (!link || link.expiresAt <= now || !link.visit.plannedStartsAt) return null;
  const { visit } = link;
  const startsAt = link.visit.plannedStartsAt;
  const locale = visit.client.preferredLanguage;
  return {
    visitId: visit.id,
    cancelled: visit.status === "CANCELLED",
    changeable: visit.status === "BOOKED" && startsAt > now,
    startsAt,
    endsAt: visit.slot?.endsAt ?? link.expiresAt,
    clientName: visit.client.displayName,
    email: visit.client.email,
    locale: isClientLocale(locale) ? locale : "nl",
    location: {
      id: visit.location.id,
      organisationId: visit.location.organisationId,
      slug: visit.location.slug,
      name: visit.location.name,
      street: visit.location.street,
      postcode: visit.location.postcode,
      city: visit.location.city,
      bookingOpen: visit.location.active && visit.location.onlineBooking,
    },
  };
}

/**
 * `freed`: the half hour the change gave back (null for an appointment without one) and its
 * location, so that it can go to the first on that location's waiting list.
 */
type Freed = { locationId: string; slotId: string | null };
export type ManageAnswer = { ok: true; freed: Freed } | { ok: false; refusal: ChangeRefusal };

/** The booked visit behind a working link, its row locked for this change. */
async function lockedVisit(tx: Tx, secret: unknown, now: Date) {
  if (!isLinkSecret(secret)) throw new BookingRefused("linkUnusable");
  const link = await tx.appointmentLink.findUnique({
    where: { tokenHash: hashLinkSecret(secret) },
    select: { id: true, visitId: true, expiresAt: true },
  });
  if (!link || link.expiresAt <= now) throw new BookingRefused("linkUnusable");
  await tx.$queryRaw`SELECT 1 FROM "Visit" WHERE "id" = ${link.visitId} FOR UPDATE`;
  const visit = await tx.visit.findUniqueOrThrow({
    where: { id: link.visitId },
    select: {
      id: true,
      status: true,
      organisationId: true,
      locationId: true,
      slotId: true,
      clientId: true,
      plannedStartsAt: true,
    },
  });
  // Once the client is at the desk (or it has begun), the desk changes it, not the link.
  if (visit.status !== "BOOKED" || !visit.plannedStartsAt || visit.plannedStartsAt <= now)
    throw new BookingRefused("linkUnusable");
  return { link, visit };
}

async function manage(change: (tx: Tx) => Promise<Freed>): Promise<ManageAnswer> {
  try {
    return { ok: true, freed: await db.$transaction(change) };
  } catch (error) {
    if (error instanceof BookingRefused) return { ok: false, refusal: error.refusal };
    if (isUniqueViolation(error)) return { ok: false, refusal: "slotTaken" };
    throw error;
  }
}

/** The client cancels through their link: the half hour is free again for someone else. */
export async function cancelByLink(
  secret: unknown,
  { now = clock.now(), origin }: { now?: Date; origin?: RequestOrigin } = {},
): Promise<ManageAnswer> {
  return manage(async (tx) => {
    const { visit } = await lockedVisit(tx, secret, now);
    await tx.visit.update({ where: { id: visit.id }, data: { status: "CANCELLED", slotId: null } });
    // The booking page promised: cancel, and your details are no longer kept for it; unless the
    // client (a record the desk may have merged) has another online appointment still to come.
    // By organisation too, here and below: the indexes by client lead with it.
    const otherBookings = await tx.visit.count({
      where: {
        organisationId: visit.organisationId,
        clientId: visit.clientId,
        id: { not: visit.id },
        status: "BOOKED",
        bookedVia: "ONLINE",
        plannedStartsAt: { gt: now },
      },
    });
    if (otherBookings === 0)
      await tx.consent.updateMany({
        where: {
          organisationId: visit.organisationId,
          clientId: visit.clientId,
          purpose: { in: ["ONLINE_BOOKING", "APPOINTMENT_REMINDER"] },
          withdrawnAt: null,
        },
        data: { withdrawnAt: now },
      });
    await recordAudit(
      {
        organisationId: visit.organisationId,
        origin,
        action: "visit.cancel_online",
        access: "WRITE",
        entityType: "Visit",
        entityId: visit.id,
        clientId: visit.clientId,
      },
      tx,
    );
    return { locationId: visit.locationId, slotId: visit.slotId };
  });
}

const moveSchema = z.object({ slotId: z.string().trim().min(1, "chooseSlot").max(40, "chooseSlot") });

/**
 * The client moves their appointment to another free half hour of the same location, under the
 * rules of a new booking (claimBookableSlot); the link then works until the new half hour ends.
 */
export async function moveByLink(
  secret: unknown,
  raw: unknown,
  { now = clock.now(), origin }: { now?: Date; origin?: RequestOrigin } = {},
): Promise<ManageAnswer> {
  const parsed = moveSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, refusal: "chooseSlot" };
  return manage(async (tx) => {
    const { visit } = await lockedVisit(tx, secret, now);
    const open = await tx.location.count({ where: { id: visit.locationId, active: true, onlineBooking: true } });
    if (open === 0) throw new BookingRefused("bookingClosed");
    const slot = await claimBookableSlot(
      tx,
      { id: visit.locationId, organisationId: visit.organisationId },
      parsed.data.slotId,
      now,
    );
    await tx.visit.update({
      where: { id: visit.id },
      data: { slotId: slot.id, sessionId: slot.sessionId, plannedStartsAt: slot.startsAt },
    });
    // Every link to the appointment (a second submit got one of its own) works until the new end.
    await tx.appointmentLink.updateMany({ where: { visitId: visit.id }, data: { expiresAt: slot.endsAt } });
    await recordAudit(
      {
        organisationId: visit.organisationId,
        origin,
        action: "visit.move_online",
        access: "WRITE",
        entityType: "Visit",
        entityId: visit.id,
        clientId: visit.clientId,
        details: { from: visit.plannedStartsAt!.toISOString(), to: slot.startsAt.toISOString() },
      },
      tx,
    );
    return { locationId: visit.locationId, slotId: visit.slotId };
  });
}
