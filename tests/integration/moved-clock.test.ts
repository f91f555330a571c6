// The app can live at another moment than the machine's (lib/clock.ts): the end-to-end suite runs
// on a fixed clock and at the moments that broke it before. Here the clock stands at twenty past
// midnight on New Year's Day 2027, whatever today is: what the app reads and what it writes,
// including the moments Prisma would have taken from the system clock, follow it.
process.env.SPREEKUUR_CLOCK_OFFSET_MS = String(Date.parse("2027-01-01T00:20:00+01:00") - Date.now());

import { beforeAll, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { getDeskStand, getTodaysDesk } from "@/lib/desk/queries";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { checkInAppointment } from "@/lib/desk/visit-transitions";
import { actorOf, createOrganisation, createUser } from "../support/factories";
import { topLevelCategory } from "../support/desk-fixture";

/** Close to the clock: this file's steps take seconds, not the months a system-clock stamp is off. */
const expectNearClock = (moment: Date | null | undefined) =>
  expect(Math.abs((moment?.getTime() ?? 0) - clock.nowMs())).toBeLessThan(60_000);

let library: Awaited<ReturnType<typeof newYearsEveLibrary>>;

/** A library whose New Year's Eve session runs from 23:00 until 02:00 on New Year's Day. */
async function newYearsEveLibrary() {
  const { organisation, location } = await createOrganisation();
  const host = actorOf(await createUser(organisation.id, "HOST", { homeLocationId: location.id }));
  const advisor = actorOf(await createUser(organisation.id, "ADVISOR"));
  const startsAt = amsterdamMoment("2026-12-31", 23 * 60);
  const session = await db.session.create({
    data: {
      organisationId: organisation.id,
      locationId: location.id,
      startsAt,
      endsAt: amsterdamMoment("2027-01-01", 2 * 60),
      advisorCapacity: 1,
    },
  });
  await db.sessionStaff.create({ data: { sessionId: session.id, advisorId: advisor.userId } });
  await db.slot.createMany({
    data: [0, 1, 2, 3, 4, 5].map((half) => ({
      organisationId: organisation.id,
      sessionId: session.id,
      advisorId: advisor.userId,
      startsAt: new Date(startsAt.getTime() + half * 30 * 60_000),
      endsAt: new Date(startsAt.getTime() + (half + 1) * 30 * 60_000),
    })),
  });
  return { organisation, location, host, advisor, session };
}

beforeAll(async () => {
  library = await newYearsEveLibrary();
});

it("reads the moved clock, not the machine's", () => {
  expect(clock.now().toISOString().slice(0, 16)).toBe("2026-12-31T23:20");
});

it("keeps a session that runs past midnight on the desk of the new day, with its fingerprint", async () => {
  const desk = await getTodaysDesk(library.host, { locationId: library.location.id });
  expect(desk.day).toBe("2027-01-01");
  expect(desk.sessions.map((session) => session.id)).toEqual([library.session.id]);
  const stand = await getDeskStand(library.host, { locationId: library.location.id });
  expect(stand).toBe(desk.stand);
});

it("registers a walk-in after midnight in that session, in the first half hour still to come", async () => {
  const category = await topLevelCategory();
  const result = await registerWalkIn(library.host, {
    sessionId: library.session.id,
    categoryId: category.id,
    referrerPartnerId: null,
    client: { newClient: { displayName: "N. Jaar" } },
  });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.value.slotStartsAt.toISOString()).toBe(amsterdamMoment("2027-01-01", 0).toISOString());
  const visit = await db.visit.findUniqueOrThrow({
    where: { id: result.value.visitId },
    select: { createdAt: true, updatedAt: true, arrivedAt: true, client: { select: { createdAt: true } } },
  });
  expectNearClock(visit.createdAt);
  expectNearClock(visit.updatedAt);
  expectNearClock(visit.arrivedAt);
  expectNearClock(visit.client.createdAt);
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { organisationId: library.organisation.id, action: "visit.register_walk_in" },
    select: { occurredAt: true },
  });
  expectNearClock(audit.occurredAt);
});

it("checks in an appointment of the session under way, though it was booked for yesterday evening", async () => {
  const slot = await db.slot.findFirstOrThrow({
    where: { sessionId: library.session.id, startsAt: amsterdamMoment("2026-12-31", 23 * 60 + 30) },
  });
  const client = await db.client.create({ data: { organisationId: library.organisation.id, displayName: "Oud Jaar" } });
  const visit = await db.visit.create({
    data: {
      organisationId: library.organisation.id,
      locationId: library.location.id,
      sessionId: library.session.id,
      slotId: slot.id,
      clientId: client.id,
      registeredById: library.host.userId,
      kind: "APPOINTMENT",
      status: "BOOKED",
      plannedStartsAt: slot.startsAt,
    },
  });
  expect(await checkInAppointment(library.host, { visitId: visit.id })).toEqual({
    ok: true,
    value: { status: "WAITING", dossierId: null, freed: null },
  });
});

it("stamps the columns Prisma fills itself from the clock, on create, update and upsert", async () => {
  const user = await db.user.findUniqueOrThrow({
    where: { id: library.host.userId },
    select: { createdAt: true, sessionsValidFrom: true },
  });
  expectNearClock(user.createdAt);
  expectNearClock(user.sessionsValidFrom);

  const lastYear = new Date("2026-06-01T10:00:00Z");
  const explicit = await db.client.create({
    data: { organisationId: library.organisation.id, displayName: "Met datum", createdAt: lastYear },
    select: { id: true, createdAt: true },
  });
  expect(explicit.createdAt.toISOString()).toBe(lastYear.toISOString());

  const updated = await db.client.update({
    where: { id: explicit.id },
    data: { displayName: "Met datum en naam" },
    select: { updatedAt: true },
  });
  expectNearClock(updated.updatedAt);

  const plan = await db.hoursPlan.upsert({
    where: {
      organisationId_role_kind_validFrom: {
        organisationId: library.organisation.id,
        role: "ADVISOR",
        kind: "CONSULTATION",
        validFrom: dateColumn("2026-11-30"),
      },
    },
    create: {
      organisationId: library.organisation.id,
      role: "ADVISOR",
      kind: "CONSULTATION",
      minutesPerWeek: 360,
      validFrom: dateColumn("2026-11-30"),
    },
    update: { minutesPerWeek: 420 },
    select: { updatedAt: true },
  });
  expectNearClock(plan.updatedAt);
});
