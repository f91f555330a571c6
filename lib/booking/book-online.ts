import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { newLinkSecret } from "@/lib/auth/one-time-link";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { ClientLocale } from "@/lib/i18n/client-locales";
import { publicTranslator } from "@/lib/public/locales";
import { parsePublicForm, type PublicFormRefused } from "@/lib/public-forms/refusals";
import { admitPublicSubmission } from "@/lib/security/public-form-limit";
import { submissionKeyOf } from "@/lib/submissions";
import { type BookingRefusal, isBookingRefusal, onlineBookingSchema } from "./schema";
import { BookingRefused, claimBookableSlot } from "./claim-slot";
import {
  bookingKeyOf,
  giveOnlineBookingConsent,
  issueAppointmentLink,
  replayBooking,
  topicCategoryId,
} from "./book-steps";
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

export type BookingAnswer = { ok: true; value: BookedOnline } | PublicFormRefused<BookingRefusal>;

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
  const parsed = parsePublicForm(onlineBookingSchema, raw, isBookingRefusal);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const submission = submissionKeyOf(raw);
  if (!submission.ok) return { ok: false, refusal: "notAccepted" };
  const contacts = [input.phone, input.email].filter((contact) => contact !== undefined);
  if (!(await admitPublicSubmission("booking", { address: origin?.ipAddress, contacts }, now)))
    return { ok: false, refusal: "tooManyTries" };
  // The key counts only for the same half hour, name and contact, and only for a while: on a shared
  // library computer the next person may come back to the same form (Back) with their own details.
  const bookingKey = bookingKeyOf(submission.key, [input.slotId, input.name, input.phone ?? "", input.email ?? ""]);
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
      const replayed = await replayBooking(
        tx,
        bookingKey,
        { slotId: input.slotId, locationId: location.id, secret },
        now,
        async () => ({}),
      );
      if (replayed) return replayed;
      const slot = await claimBookableSlot(tx, location, input.slotId, now);
      const categoryId = await topicCategoryId(tx, input.topic);

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
      await giveOnlineBookingConsent(tx, { organisationId, clientId: client.id, scope: t("booking.consentText") }, now);
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
          categoryId,
          plannedStartsAt: slot.startsAt,
        },
        select: { id: true },
      });
      await issueAppointmentLink(
        tx,
        { organisationId, visitId: visit.id, secret, expiresAt: slot.endsAt, bookingKey },
        now,
      );
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
