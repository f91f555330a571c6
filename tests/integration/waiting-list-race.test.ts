// The waiting list's sweep and the online booking after the same free half hour at the same moment
// (lib/waiting-list/offers.ts, lib/booking/claim-slot.ts). Each checks "no visit, no live offer"
// and then writes; without a common lock both can pass the check, and a client gets an offer mail
// for a time just booked online, or a booking takes a time just offered. Run many times: a race
// that is lost once in a while must still never leave a half hour both offered and booked.
import { beforeAll, describe, expect, it } from "vitest";
import { bookOnline } from "@/lib/booking/book-online";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { liveOfferWhere } from "@/lib/waiting-list/hold";
import { hashLinkSecret, newLinkSecret } from "@/lib/auth/one-time-link";
import { eraseClient } from "@/lib/privacy/erase-client";
import { addToWaitingList } from "@/lib/waiting-list/manage-list";
import { offerFreedSlots, takeOffer } from "@/lib/waiting-list/offers";
import { actorOf, createEveningPlace, createOrganisation, createUser } from "../support/factories";

// Tuesday 8 December 2026, 09:00 in Amsterdam; the evening session is that day, 19:00–21:00.
const NOW = amsterdamMoment("2026-12-08", 540);
const DAY = "2026-12-08";
const ROUNDS = 20;
/** Half hours per round, and as many clients waiting: every half hour has someone to go to. */
const HALF_HOURS = 4;

let organisationId: string;
let host: ReturnType<typeof actorOf>;
let admin: ReturnType<typeof actorOf>;
let serial = 0;
const nextPhone = () => `06 ${40_000_000 + ++serial}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An evening place of HALF_HOURS free half hours, and as many clients on its waiting list. */
async function place() {
  const { location, session, slots } = await createEveningPlace(organisationId, DAY, HALF_HOURS);
  for (let i = 0; i < HALF_HOURS; i++) {
    const added = await addToWaitingList(
      host,
      {
        locationId: location.id,
        client: { newClient: { displayName: `Wacht ${i}`, phone: nextPhone() } },
        listConsent: true,
      },
      { now: NOW },
    );
    if (!added.ok) throw new Error(`not added: ${JSON.stringify(added)}`);
  }
  return { location, session, slots };
}

const booking = (slug: string, slotId: string) =>
  bookOnline(
    { locationSlug: slug, slotId, name: "Snel", phone: nextPhone(), consent: true, locale: "nl", website: "" },
    { now: NOW },
  );

beforeAll(async () => {
  const { organisation, location } = await createOrganisation("Bibliotheek Wachtlijst Race");
  organisationId = organisation.id;
  host = actorOf(await createUser(organisationId, "HOST", { homeLocationId: location.id }));
  admin = actorOf(await createUser(organisationId, "ADMIN"));
});

describe("the sweep and an online booking of the same half hour at once", () => {
  it("never leave a half hour both offered and booked: one of them gets it, the other sees that", async () => {
    let booked = 0;
    let offered = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { location, session, slots } = await place();
      // Now the sweep a little ahead, now the bookings: the moment they meet moves from round to round.
      const [sweep, ...bookings] = await Promise.all([
        pause(round % 4).then(() => offerFreedSlots({ now: NOW, locationId: location.id })),
        ...slots.map((slot, i) => pause((round + i) % 3).then(() => booking(location.slug, slot.id))),
      ]);
      booked += bookings.filter((answer) => answer.ok).length;
      offered += sweep.offered;

      // An offer that holds its half hour or became an appointment points at a half hour that is
      // free or holds that very appointment, never someone else's.
      const offers = await db.slotOffer.findMany({
        where: { slot: { sessionId: session.id }, OR: [liveOfferWhere(NOW), { takenAt: { not: null } }] },
        select: { id: true, visitId: true, slot: { select: { id: true, visit: { select: { id: true } } } } },
      });
      const clashes = offers.filter((offer) => offer.slot.visit && offer.slot.visit.id !== offer.visitId);
      expect(clashes, `round ${round}`).toEqual([]);
      // And every half hour went to exactly one of the two: a booking refused for a held half hour
      // leaves it to the offer, an offer that found it booked goes to the next free one.
      for (const slot of slots) {
        const [visits, live] = await Promise.all([
          db.visit.count({ where: { slotId: slot.id } }),
          db.slotOffer.count({ where: { slotId: slot.id, ...liveOfferWhere(NOW) } }),
        ]);
        expect({ round, slot: slot.id, given: visits + live }).toEqual({ round, slot: slot.id, given: 1 });
      }
      expect(sweep.offered + bookings.filter((answer) => answer.ok).length, `round ${round}`).toBe(HALF_HOURS);
      for (const answer of bookings) if (!answer.ok) expect(answer.refusal).toMatch(/^slot(Gone|Taken)$/);
    }
    // Over the rounds each side came first at times: the test saw both orders, not one side alone.
    expect(booked).toBeGreaterThan(0);
    expect(offered).toBeGreaterThan(0);
  });
});

describe("anonymising a client while they take the half hour offered to them", () => {
  it("ends in one order or the other, never in a deadlock", async () => {
    // Taking locks the offer, then needs the client's row for the appointment; anonymising locks
    // the client's row, then lets the offer go. Unless one side takes both locks in the other's
    // order, PostgreSQL ends one of them as a deadlock.
    const answers = { taken: 0, refused: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const { location, slots } = await place();
      const entry = await db.waitingListEntry.findFirstOrThrow({
        where: { locationId: location.id },
        orderBy: { createdAt: "asc" },
      });
      const secret = newLinkSecret();
      await db.slotOffer.create({
        data: {
          organisationId,
          entryId: entry.id,
          slotId: slots[0].id,
          tokenHash: hashLinkSecret(secret),
          offeredAt: NOW,
          mailedAt: NOW,
          expiresAt: new Date(NOW.getTime() + 60 * 60_000),
        },
      });
      const [erased, taken] = await Promise.all([
        pause(round % 3).then(() =>
          eraseClient(admin, { clientId: entry.clientId, confirmation: "ANONIMISEREN" }, { now: NOW }),
        ),
        pause((round + 1) % 3).then(() => takeOffer(secret, { now: NOW })),
      ]);
      expect(erased, `round ${round}`).toMatchObject({ ok: true });
      if (taken.ok) answers.taken += 1;
      else {
        expect(taken.refusal, `round ${round}`).toBe("offerUnusable");
        answers.refused += 1;
      }
    }
    expect(answers.taken + answers.refused).toBe(ROUNDS);
  });
});
