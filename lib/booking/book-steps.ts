import { hashLinkSecret } from "@/lib/auth/one-time-link";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BookingRefused } from "./claim-slot";

// The steps a client's own online booking (book-online.ts), a partner's referral
// (lib/partner-links/book-by-partner-link.ts) and a half hour taken from the waiting list
// (lib/waiting-list/offers.ts) share, inside the booking's transaction.

type Tx = Prisma.TransactionClient;

/** How long a second submit of the same form gets the first one's appointment. */
const REPLAY_WINDOW_MS = 15 * 60_000;

/**
 * The key that makes a second submit of a booking form (a double click, a retry after a lost
 * answer) get the first one's appointment: the form's key together with what it books, so that
 * the next person on a shared computer who comes back to the same form (Back) with their own
 * details books anew. Null without a form key.
 */
export function bookingKeyOf(submissionKey: string | null, booked: readonly string[]): string | null {
  return submissionKey && hashLinkSecret([submissionKey, ...booked].join("\n"));
}

/**
 * The client's consent to an appointment made online, in the words they agreed to (the booking
 * form's box, the offer page's "yes", or the box a referring worker ticked with the client), with
 * its moment. Cancelling the last such appointment withdraws it (lib/booking/manage.ts).
 */
export async function giveOnlineBookingConsent(
  tx: Tx,
  consent: { organisationId: string; clientId: string; scope: string },
  now: Date,
) {
  await tx.consent.create({
    data: { ...consent, purpose: "ONLINE_BOOKING", legalBasis: "CONSENT", givenAt: now },
  });
}

/** A client's own link to their appointment (lib/booking/manage.ts), stored only as its hash. */
export async function issueAppointmentLink(
  tx: Tx,
  link: { organisationId: string; visitId: string; secret: string; expiresAt: Date; bookingKey?: string | null },
  now: Date,
) {
  await tx.appointmentLink.create({
    data: {
      organisationId: link.organisationId,
      visitId: link.visitId,
      tokenHash: hashLinkSecret(link.secret),
      expiresAt: link.expiresAt,
      bookingKey: link.bookingKey,
      // The replay window is measured on the same clock as the booking.
      createdAt: now,
    },
  });
}

/**
 * The appointment an earlier submit with the same booking key made, with a fresh client link
 * (`secret`): the first step of a booking with a key. A second submit of the same form waits here
 * for the first, then gets its appointment. Only the appointment as it was made counts: not one
 * cancelled or moved since, nor an old one, nor one without what `madeWith` asks of it (a
 * partner's referral); such a key is let go and the form books anew (null).
 */
export async function replayBooking<Made extends object>(
  tx: Tx,
  bookingKey: string | null,
  booking: { slotId: string; locationId: string; secret: string },
  now: Date,
  madeWith: (visitId: string) => Promise<Made | null>,
) {
  if (!bookingKey) return null;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`booking:${bookingKey}`}, 0))`;
  const earlier = await tx.appointmentLink.findUnique({
    where: { bookingKey },
    select: {
      organisationId: true,
      visitId: true,
      expiresAt: true,
      createdAt: true,
      visit: { select: { plannedStartsAt: true, locationId: true, status: true, slotId: true } },
    },
  });
  if (!earlier) return null;
  const startsAt =
    earlier.createdAt.getTime() > now.getTime() - REPLAY_WINDOW_MS &&
    earlier.visit.status === "BOOKED" &&
    earlier.visit.slotId === booking.slotId &&
    earlier.visit.locationId === booking.locationId &&
    earlier.visit.plannedStartsAt;
  const made = startsAt ? await madeWith(earlier.visitId) : null;
  if (!startsAt || !made) {
    await tx.appointmentLink.updateMany({ where: { bookingKey }, data: { bookingKey: null } });
    return null;
  }
  const { organisationId, visitId, expiresAt } = earlier;
  await issueAppointmentLink(tx, { organisationId, visitId, secret: booking.secret, expiresAt }, now);
  return { ...made, visitId, startsAt, endsAt: expiresAt, replayed: true as const };
}

/**
 * The top-level legal domain the question is about, as its id; null when none was chosen. A code
 * that is no longer one (made inactive meanwhile) refuses the booking.
 */
export async function topicCategoryId(tx: Tx, topic: string | undefined): Promise<string | null> {
  if (!topic) return null;
  const category = await tx.legalDomain.findFirst({
    where: { code: topic, parentId: null, active: true },
    select: { id: true },
  });
  if (!category) throw new BookingRefused("chooseTopic");
  return category.id;
}
