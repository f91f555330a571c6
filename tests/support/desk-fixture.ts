import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { actorOf, createClient, createOrganisation, createUser } from "./factories";

/** Tuesday 1 December 2026, 10:10 in Amsterdam: ten minutes into a 10:00–13:00 session. */
export const NOW = amsterdamMoment("2026-12-01", 10 * 60 + 10);

/** A library with a session today (two advisors, six half hours each), a host and a partner. */
export async function createDeskLibrary(name: string) {
  const { organisation, location } = await createOrganisation(name);
  const host = actorOf(await createUser(organisation.id, "HOST", { homeLocationId: location.id }));
  const advisors = [
    actorOf(await createUser(organisation.id, "ADVISOR")),
    actorOf(await createUser(organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" })),
  ];
  const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  const admin = actorOf(await createUser(organisation.id, "ADMIN"));
  const session = await createSession(
    organisation.id,
    location.id,
    "2026-12-01",
    advisors.map((a) => a.userId),
  );
  const partner = await db.partner.create({
    data: { organisationId: organisation.id, name: `Sociaal wijkteam ${name}`, type: "NEIGHBOURHOOD_TEAM" },
  });
  const client = await createClient(organisation.id, `Cliënt van ${name}`);
  return { organisation, location, host, advisors, coordinator, admin, session, partner, client };
}

export async function createSession(
  organisationId: string,
  locationId: string,
  day: string,
  advisorIds: string[],
  status: "PLANNED" | "CANCELLED" = "PLANNED",
) {
  const session = await db.session.create({
    data: {
      organisationId,
      locationId,
      startsAt: amsterdamMoment(day, 600),
      endsAt: amsterdamMoment(day, 780),
      advisorCapacity: advisorIds.length,
      status,
    },
  });
  await db.sessionStaff.createMany({ data: advisorIds.map((advisorId) => ({ sessionId: session.id, advisorId })) });
  await db.slot.createMany({
    data: advisorIds.flatMap((advisorId) =>
      [600, 630, 660, 690, 720, 750].map((minute) => ({
        organisationId,
        sessionId: session.id,
        advisorId,
        startsAt: amsterdamMoment(day, minute),
        endsAt: amsterdamMoment(day, minute + 30),
      })),
    ),
  });
  const slots = await db.slot.findMany({
    where: { sessionId: session.id },
    orderBy: [{ startsAt: "asc" }, { advisorId: "asc" }],
  });
  return { ...session, slots };
}

export async function topLevelCategory() {
  return db.legalDomain.upsert({
    where: { code: "belastingrecht" },
    create: {
      code: "belastingrecht",
      nameNl: "Belastingrecht",
      nameEn: "Tax law",
      juridischLoketCategory: "BELASTINGEN",
    },
    update: {},
  });
}
