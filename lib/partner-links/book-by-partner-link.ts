import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { hashLinkSecret, isLinkSecret, newLinkSecret } from "@/lib/auth/one-time-link";
import {
  bookingKeyOf,
  giveOnlineBookingConsent,
  issueAppointmentLink,
  replayBooking,
  topicCategoryId,
} from "@/lib/booking/book-steps";
import { BookingRefused, claimBookableSlot } from "@/lib/booking/claim-slot";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parsePublicForm, type PublicFormRefused } from "@/lib/public-forms/refusals";
import { admitPublicSubmission } from "@/lib/security/public-form-limit";
import { submissionKeyOf } from "@/lib/submissions";
import { isPartnerReferralRefusal, type PartnerReferralRefusal, partnerReferralSchema } from "./schema";
import { partnerReferralTranslator } from "./texts";

/**
 * Bookings one link may make in any 24 hours. A partner's link belongs to one team, which refers a
 * client or two on a busy day; five leaves room for that, and past it the worker calls the library
 * (as the refusal says), whose desk can still book. A leaked link, which the public form limits do
 * not stop (they count per network and per contact, and a script changes both), thus takes at most
 * five half hours a day instead of a whole consultation hour, until the coordinator, who sees when
 * each link was last used, revokes it. Counted from the referrals the link made, so a booking
 * cancelled since still counts: book and cancel is no way around it.
 */
export const MAX_BOOKINGS_PER_LINK_PER_DAY = 5;
const LINK_LIMIT_WINDOW_MS = 24 * 3_600_000;

/** Thrown inside the booking's transaction to roll it back with this refusal. */
class PartnerReferralRefused extends Error {
  constructor(readonly refusal: PartnerReferralRefusal) {
    super(refusal);
  }
}

/**
 * When a link works, in one place for the page, the form and the booking's transaction:
 * - never again once revoked: by the coordinator (revokePartnerLink) or because its partner left
 *   the social map (deactivating a partner revokes its links, lib/partners/set-partner-active.ts),
 *   so bringing the partner back brings none of its links back;
 * - not while its location is archived, and again once the admin restores the location: archiving
 *   says nothing about the partner the link was given to, and the admin does not keep the links;
 * - not while its partner is inactive (a partner set inactive in the database directly).
 */
const usableLinkWhere = {
  revokedAt: null,
  partner: { active: true },
  location: { active: true },
} satisfies Prisma.PartnerLinkWhereInput;

/**
 * The link behind a secret while it works (usableLinkWhere). Anything else is null, and the page
 * and the form say only that the link no longer works, never why. A link whose partner or location
 * is another organisation's never works: the use cases never make one (createPartnerLink), and the
 * database has no key that forbids it, so this last check keeps a row written past them (by hand,
 * by a script) from booking one library's half hours for another.
 */
export async function findUsablePartnerLink(secret: unknown) {
  if (!isLinkSecret(secret)) return null;
  const link = await db.partnerLink.findFirst({
    where: { tokenHash: hashLinkSecret(secret), ...usableLinkWhere },
    select: {
      id: true,
      organisationId: true,
      partner: { select: { id: true, organisationId: true, name: true } },
      location: {
        select: { id: true, organisationId: true, name: true, street: true, postcode: true, city: true },
      },
    },
  });
  if (!link) return null;
  if (link.partner.organisationId !== link.organisationId || link.location.organisationId !== link.organisationId)
    return null;
  return link;
}

type BookedByPartner = {
  visitId: string;
  referralId: string;
  startsAt: Date;
  endsAt: Date;
  /** The client's own appointment link's secret (as after an online booking): shown once, stored hashed. */
  clientLinkSecret: string;
  /** A second submit of a form that already booked: the same appointment, with a fresh client link. */
  replayed: boolean;
  feedbackRequested: boolean;
  location: { name: string; street: string; postcode: string; city: string };
};

export type PartnerReferralAnswer = { ok: true; value: BookedByPartner } | PublicFormRefused<PartnerReferralRefusal>;

/**
 * A partner's worker books a half hour for a client through the partner's link, without an
 * account: the link is the authorisation. The same half-hour rules as the public booking
 * (claimBookableSlot); the booking lands as an incoming referral from that partner with the short
 * question as its reason, and, when the client agreed, with the promise of feedback to the worker
 * (the REFERRER_FEEDBACK consent). Nothing is written unless everything is. Each well-formed
 * submission counts towards the public form limits (lib/security/public-form-limit.ts), and a link
 * books at most MAX_BOOKINGS_PER_LINK_PER_DAY half hours in any 24 hours. A second submit of the
 * same form (a double click, a retry after a lost answer) gets the first booking, as the public
 * booking does (lib/booking/book-online.ts), also once the link reached its limit.
 */
export async function bookByPartnerLink(
  secret: unknown,
  raw: unknown,
  { now = clock.now(), origin }: { now?: Date; origin?: RequestOrigin } = {},
): Promise<PartnerReferralAnswer> {
  const link = await findUsablePartnerLink(secret);
  if (!link) return { ok: false, refusal: "linkUnusable" };
  const parsed = parsePublicForm(partnerReferralSchema, raw, isPartnerReferralRefusal);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const submission = submissionKeyOf(raw);
  if (!submission.ok) return { ok: false, refusal: "notAccepted" };
  const contacts = [input.clientPhone, input.clientEmail].filter((contact) => contact !== undefined);
  if (!(await admitPublicSubmission("partnerReferral", { address: origin?.ipAddress, contacts }, now)))
    return { ok: false, refusal: "tooManyTries" };
  // The key counts only for this link, the same half hour, client name and contact, and only for
  // a while: a worker may come back to the form (Back) and refer the next client with it.
  const bookingKey = bookingKeyOf(submission.key, [
    link.id,
    input.slotId,
    input.clientName,
    input.clientPhone ?? "",
    input.clientEmail ?? "",
  ]);
  const t = partnerReferralTranslator();
  const clientLinkSecret = newLinkSecret();
  const { location, partner } = link;
  try {
    const value = await db.$transaction(async (tx) => {
      // Revoked, or its partner or location gone, meanwhile? This write waits for a revocation in
      // progress (it holds the link's row) and then sees it. It holds the row itself until the
      // booking commits, so bookings through one link take turns: each counts the ones before it.
      const { count } = await tx.partnerLink.updateMany({
        where: { id: link.id, ...usableLinkWhere },
        data: { lastUsedAt: now },
      });
      if (count !== 1) throw new BookingRefused("linkUnusable");
      // The same form sent again through this link: its booking, with the referral it made.
      const replayed = await replayBooking(
        tx,
        bookingKey,
        { slotId: input.slotId, locationId: location.id, secret: clientLinkSecret },
        now,
        async (visitId) => {
          const referrals = await tx.referral.findMany({
            where: { visitId, partnerLinkId: link.id },
            select: { id: true, feedbackRequested: true },
          });
          return referrals.length === 1
            ? { referralId: referrals[0].id, feedbackRequested: referrals[0].feedbackRequested }
            : null;
        },
      );
      if (replayed) return replayed;
      const booked = await tx.referral.count({
        where: { partnerLinkId: link.id, createdAt: { gt: new Date(now.getTime() - LINK_LIMIT_WINDOW_MS) } },
      });
      if (booked >= MAX_BOOKINGS_PER_LINK_PER_DAY) throw new PartnerReferralRefused("linkLimitReached");
      const slot = await claimBookableSlot(tx, location, input.slotId, now);
      const categoryId = await topicCategoryId(tx, input.topic);

      const organisationId = link.organisationId;
      const client = await tx.client.create({
        data: {
          organisationId,
          displayName: input.clientName,
          phone: input.clientPhone ?? null,
          email: input.clientEmail ?? null,
        },
        select: { id: true },
      });
      // What the client agreed to: the words of the box the worker ticked on the form, and who
      // ticked it.
      const attested = { worker: input.workerName, partner: partner.name };
      await giveOnlineBookingConsent(
        tx,
        {
          organisationId,
          clientId: client.id,
          scope: t("consentScope", { consent: t("bookingConsent"), ...attested }),
        },
        now,
      );
      const feedbackConsent = input.feedbackConsent
        ? await tx.consent.create({
            data: {
              organisationId,
              clientId: client.id,
              purpose: "REFERRER_FEEDBACK",
              legalBasis: "CONSENT",
              givenAt: now,
              scope: t("consentScope", { consent: t("feedbackConsent"), ...attested }),
            },
            select: { id: true },
          })
        : null;
      const visit = await tx.visit.create({
        data: {
          organisationId,
          locationId: location.id,
          sessionId: slot.sessionId,
          slotId: slot.id,
          clientId: client.id,
          kind: "APPOINTMENT",
          status: "BOOKED",
          bookedVia: "PARTNER",
          categoryId,
          plannedStartsAt: slot.startsAt,
        },
        select: { id: true },
      });
      const referral = await tx.referral.create({
        data: {
          organisationId,
          direction: "IN",
          clientId: client.id,
          visitId: visit.id,
          partnerId: partner.id,
          reason: input.question,
          feedbackRequested: input.feedbackConsent,
          consentId: feedbackConsent?.id ?? null,
          referrerName: input.workerName,
          referrerEmail: input.workerEmail,
          partnerLinkId: link.id,
          createdAt: now,
        },
        select: { id: true },
      });
      await issueAppointmentLink(
        tx,
        { organisationId, visitId: visit.id, secret: clientLinkSecret, expiresAt: slot.endsAt, bookingKey },
        now,
      );
      await recordAudit(
        {
          organisationId,
          origin,
          action: "visit.book_by_partner",
          access: "WRITE",
          entityType: "Visit",
          entityId: visit.id,
          clientId: client.id,
          details: {
            partnerId: partner.id,
            partnerLinkId: link.id,
            referralId: referral.id,
            feedbackRequested: input.feedbackConsent,
          },
        },
        tx,
      );
      return {
        visitId: visit.id,
        referralId: referral.id,
        feedbackRequested: input.feedbackConsent,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        replayed: false,
      };
    });
    return {
      ok: true,
      value: {
        ...value,
        clientLinkSecret,
        location: { name: location.name, street: location.street, postcode: location.postcode, city: location.city },
      },
    };
  } catch (error) {
    if (error instanceof PartnerReferralRefused) return { ok: false, refusal: error.refusal };
    if (error instanceof BookingRefused)
      return { ok: false, refusal: isPartnerReferralRefusal(error.refusal) ? error.refusal : "notAccepted" };
    // Another booking took the half hour between our check and our write.
    if (isUniqueViolation(error)) return { ok: false, refusal: "slotTaken" };
    throw error;
  }
}
