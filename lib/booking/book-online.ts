import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { hashLinkSecret, newLinkSecret } from "@/lib/auth/one-time-link";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { ClientLocale } from "@/lib/i18n/client-locales";
import { publicTranslator } from "@/lib/public/locales";
import { admitPublicSubmission } from "@/lib/security/public-form-limit";
import { submissionKeyOf } from "@/lib/submissions";
import { type BookingRefusal, isBookingRefusal, onlineBookingSchema } from "./schema";
import { BookingRefused, claimBookableSlot } from "./claim-slot";
import { findBookingLocation } from "./queries";

export type BookedOnline = {
  visitId: string;
  /** The client's personal link's secret: shown and mailed once, stored only as its hash. */
  linkSecret: string;
  startsAt: Date;
  endsAt: Date;
  locale: ClientLocale;
  /** A second submit of a form that already booked: the same appointment, a fresh link, no second mail. */
  replayed: boolean;
  name: string;
  email: string | null;
  location: { slug: string; name: string; street: string; postcode: string; city: string };
};

export type BookingAnswer =
  | { ok: true; value: BookedOnline }
  | { ok: false; refusal: BookingRefusal; fields?: Partial<Record<string, BookingRefusal>> };

/** How long a second submit of the same form gets the first one's appointment. */
const REPLAY_WINDOW_MS = 15 * 60_000;

/**
 * A client books a half hour from the public page, without an account. The same rules as the desk
 * (claimBookableSlot), so of 20 clients who pick the same half hour exactly one gets it. The client is a new record with only what they
 * left; the host sees the appointment at the desk like any other and can recognise a known client
 * there. Nothing is written unless everything is. Each well-formed submission counts towards the
 * public form's limits (lib/security/public-form-limit.ts), a refused or a repeated one too: they
 * are what a script sends.
 */
export async function bookOnline(
  raw: unknown,
  { now = clock.now(), origin }: { now?: Date; origin?: RequestOrigin } = {},
): Promise<BookingAnswer> {
  const parsed = onlineBookingSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Partial<Record<string, BookingRefusal>> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fields[field] ??= isBookingRefusal(issue.message) ? issue.message : "notAccepted";
    }
    // A filled-in trap field says a script sent the form: one answer for all of it, no detail.
    if (fields.website) return { ok: false, refusal: "notAccepted" };
    return { ok: false, refusal: Object.values(fields)[0] ?? "notAccepted", fields };
  }
  const input = parsed.data;
  const submission = submissionKeyOf(raw);
  if (!submission.ok) return { ok: false, refusal: "notAccepted" };
  const contacts = [input.phone, input.email].filter((contact) => contact !== undefined);
  if (!(await admitPublicSubmission("booking", { address: origin?.ipAddress, contacts }, now)))
    return { ok: false, refusal: "tooManyTries" };
  // The key counts only for the same half hour, name and contact, and only for a while: on a shared
  // library computer the next person may come back to the same form (Back) with their own details.
  const bookingKey =
    submission.key &&
    hashLinkSecret([submission.key, input.slotId, input.name, input.phone ?? "", input.email ?? ""].join("\n"));
  const location = await findBookingLocation(input.locationSlug);
  if (!location) return { ok: false, refusal: "bookingClosed" };
  // What the client agreed to, in the words and the language of the page they agreed on.
  const t = publicTranslator(input.locale);

  const secret = newLinkSecret();
  const place = {
    slug: location.slug,
    name: location.name,
    street: location.street,
    postcode: location.postcode,
    city: location.city,
  };
  try {
    const value = await db.$transaction(async (tx) => {
      if (bookingKey) {
        // A second submit of the same form waits for the first, then gets its appointment.
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
        // Only the appointment as it was made: not one cancelled or moved since, nor an old one.
        const replay =
          earlier &&
          earlier.createdAt.getTime() > now.getTime() - REPLAY_WINDOW_MS &&
          earlier.visit.status === "BOOKED" &&
          earlier.visit.slotId === input.slotId &&
          earlier.visit.locationId === location.id &&
          earlier.visit.plannedStartsAt;
        if (earlier && !replay)
          await tx.appointmentLink.updateMany({ where: { bookingKey }, data: { bookingKey: null } });
        if (earlier && replay) {
          await tx.appointmentLink.create({
            data: {
              organisationId: earlier.organisationId,
              visitId: earlier.visitId,
              tokenHash: hashLinkSecret(secret),
              expiresAt: earlier.expiresAt,
              createdAt: now,
            },
          });
          return {
            visitId: earlier.visitId,
            startsAt: replay,
            endsAt: earlier.expiresAt,
            replayed: true,
          };
        }
      }
      const slot = await claimBookableSlot(tx, location, input.slotId, now);
      const category = input.topic
        ? await tx.legalDomain.findFirst({
            where: { code: input.topic, parentId: null, active: true },
            select: { id: true },
          })
        : null;
      if (input.topic && !category) throw new BookingRefused("chooseTopic");

      const organisationId = location.organisationId;
      const client = await tx.client.create({
        data: {
          organisationId,
          displayName: input.name,
          phone: input.phone ?? null,
          email: input.email ?? null,
          preferredLanguage: input.locale,
        },
        select: { id: true },
      });
      await tx.consent.create({
        data: {
          organisationId,
          clientId: client.id,
          purpose: "ONLINE_BOOKING",
          legalBasis: "CONSENT",
          givenAt: now,
          scope: t("booking.consentText"),
        },
      });
      if (input.reminder && input.email)
        await tx.consent.create({
          data: {
            organisationId,
            clientId: client.id,
            purpose: "APPOINTMENT_REMINDER",
            legalBasis: "CONSENT",
            givenAt: now,
            scope: t("booking.reminder"),
          },
        });
      const visit = await tx.visit.create({
        data: {
          organisationId,
          locationId: location.id,
          sessionId: slot.sessionId,
          slotId: slot.id,
          clientId: client.id,
          kind: "APPOINTMENT",
          status: "BOOKED",
          bookedVia: "ONLINE",
          categoryId: category?.id ?? null,
          plannedStartsAt: slot.startsAt,
        },
        select: { id: true },
      });
      await tx.appointmentLink.create({
        data: {
          organisationId,
          visitId: visit.id,
          tokenHash: hashLinkSecret(secret),
          expiresAt: slot.endsAt,
          bookingKey,
          // The replay window is measured on the same clock as the booking.
          createdAt: now,
        },
      });
      await recordAudit(
        {
          organisationId,
          origin,
          action: "visit.book_online",
          access: "WRITE",
          entityType: "Visit",
          entityId: visit.id,
          clientId: client.id,
        },
        tx,
      );
      return { visitId: visit.id, startsAt: slot.startsAt, endsAt: slot.endsAt, replayed: false };
    });
    return {
      ok: true,
      value: {
        ...value,
        linkSecret: secret,
        locale: input.locale,
        name: input.name,
        email: input.email ?? null,
        location: place,
      },
    };
  } catch (error) {
    // Only a booking's own refusals are thrown here; a personal link plays no part.
    if (error instanceof BookingRefused && error.refusal !== "linkUnusable")
      return { ok: false, refusal: error.refusal };
    // Another booking took the half hour between our check and our write.
    if (isUniqueViolation(error)) return { ok: false, refusal: "slotTaken" };
    throw error;
  }
}
