import { createHash } from "node:crypto";
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { findBookingLocation } from "@/lib/booking/queries";
import { clock } from "@/lib/clock";
import { addCalendarDays, amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { publicTranslator } from "@/lib/public/locales";
import { parsePublicForm, type PublicFormRefused } from "@/lib/public-forms/refusals";
import { admitPublicSubmission } from "@/lib/security/public-form-limit";
import { DEFAULT_WAITING_WEEKS, isWaitingListRefusal, joinWaitingListSchema, type WaitingListRefusal } from "./schema";

/** How long the same form sent again is taken for the first one, as a booking form's key is. */
const REPLAY_WINDOW_MS = 15 * 60_000;

type JoinAnswer = { ok: true; value: { until: string; locale: string } } | PublicFormRefused<WaitingListRefusal>;

/**
 * A client puts themselves on a location's waiting list from the public page, when it shows no
 * free times: a new client record with only what they left, the consent to keep it while they wait
 * and to be mailed an offer, and an entry for DEFAULT_WAITING_WEEKS. Like the booking form: bounded
 * fields, a trap field, the public form's limits (also for a refused submission) and nothing
 * written unless everything is. Whether the phone number or address is known already is never
 * said: the answer is the same.
 */
export async function joinWaitingListOnline(
  raw: unknown,
  { now = clock.now(), origin }: { now?: Date; origin?: RequestOrigin } = {},
): Promise<JoinAnswer> {
  const parsed = parsePublicForm(joinWaitingListSchema, raw, isWaitingListRefusal);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const contacts = [input.phone, input.email].filter((contact) => contact !== undefined);
  if (!(await admitPublicSubmission("waitingList", { address: origin?.ipAddress, contacts }, now)))
    return { ok: false, refusal: "tooManyTries" };
  const location = await findBookingLocation(input.locationSlug);
  if (!location) return { ok: false, refusal: "bookingClosed" };
  const t = publicTranslator(input.locale);
  const until = addCalendarDays(amsterdamDay(now), DEFAULT_WAITING_WEEKS * 7);
  const organisationId = location.organisationId;
  await db.$transaction(async (tx) => {
    // A form sent twice (a double click, a retry after a lost answer) is one entry: the same
    // fields at the same location within REPLAY_WINDOW_MS get the same answer and write nothing.
    // The answer never differs, so it tells nobody whether those details were on the list.
    // Hashed here: the lock's key is a query parameter, and a statement's parameters can reach a log.
    const sameForm = createHash("sha256")
      .update(`${location.id}\n${input.name}\n${input.phone ?? ""}\n${input.email ?? ""}`)
      .digest("base64url");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`waiting-list-join:${sameForm}`}, 0))`;
    const sentBefore = await tx.waitingListEntry.count({
      where: {
        locationId: location.id,
        addedVia: "ONLINE",
        closedAt: null,
        createdAt: { gt: new Date(now.getTime() - REPLAY_WINDOW_MS) },
        client: { displayName: input.name, phone: input.phone ?? null, email: input.email ?? null },
      },
    });
    if (sentBefore > 0) return;
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
        purpose: "WAITING_LIST",
        legalBasis: "CONSENT",
        givenAt: now,
        scope: t("waitingList.consentText"),
      },
    });
    const entry = await tx.waitingListEntry.create({
      data: {
        organisationId,
        locationId: location.id,
        clientId: client.id,
        addedVia: "ONLINE",
        until: dateColumn(until),
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        organisationId,
        origin,
        action: "waiting_list.join_online",
        access: "WRITE",
        entityType: "WaitingListEntry",
        entityId: entry.id,
        clientId: client.id,
      },
      tx,
    );
  });
  return { ok: true, value: { until, locale: input.locale } };
}
