// Demo data for Spreekuur, modelled on the pilot report (Hengelo, Venray, Mar en Fean). Every
// person, address and phone number is made up. Idempotent: configuration is upserted by natural
// keys, and the history of an organisation is only generated while it has no clients at all.
//
//   npm run seed                 (the embedded PostgreSQL in .data/postgres)
//   npm run seed -- --demo       (DATABASE_URL: an external database only when asked for by name)
//   [--unless-real]              (skip quietly, not fail, on a database with a real organisation)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type OtherPartyKind, type PartnerType } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { assertAcceptablePassword } from "../lib/auth/password-policy";
import { dateColumn } from "../lib/dates";
import { clock } from "../lib/clock";
import { withClockStamps } from "../lib/clock-stamps";
import { syncLegalDomains } from "../lib/legal-domains/sync-taxonomy";
import { resolveDatabase } from "./embedded-db";
import { buildHistory, insertHistory } from "./seed/history";
import { insertDemoSignals } from "./seed/signals";
import { insertYearLongDossier } from "./seed/year-long-dossier";
import {
  CONSULTATION_HOURS,
  COST_RATE,
  DEMO_DATA_REFUSED,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PROGRAMME,
  DEMO_USERS,
  demoEmail,
  HOURS_VALID_FROM,
  SLOT_MINUTES,
  type DemoOrganisation,
} from "./seed/organisations";
import { demoOtherParties } from "./seed/other-parties";
import { demoPartners } from "./seed/partners";
import { createProgramme } from "./seed/programmes";
import { ensureSessionRunningNow } from "./seed/today";

export { DEMO_PASSWORD, DEMO_USERS };

export type SeedSummary = {
  organisation: string;
  historyCreated: boolean;
  users: number;
  partners: number;
  clients: number;
  sessions: number;
  visits: number;
  quickContacts: number;
  dossiers: number;
  openDossiers: number;
  referrals: number;
  deadlines: number;
  timeEntries: number;
  costBenefitItems: number;
}[];

type SeedOptions = {
  today?: Date;
  /**
   * Also make sure a consultation hour runs right now, with visitors, so the demo desk is alive;
   * with a number, at least that many free half hours ahead (the end-to-end suite needs many).
   */
  liveDesk?: boolean | { freeSlots: number };
};

export class DemoDataRefused extends Error {
  constructor() {
    super(DEMO_DATA_REFUSED);
    this.name = "DemoDataRefused";
  }
}

/**
 * Loads the demo libraries, unless the database holds a real organisation: made-up clients beside
 * real ones would end up in a municipality's figures, so nothing is written then.
 */
export async function seedDemoData(db: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  if ((await db.organisation.count({ where: { demo: false } })) > 0) throw new DemoDataRefused();
  const today = options.today ?? clock.now();
  const domainIds = await syncLegalDomains(db);

  // Hashed at most once per run, and only when a demo user is missing: existing users keep theirs.
  let passwordHash: Promise<string> | undefined;
  const demoPasswordHash = () => (passwordHash ??= hashPassword(DEMO_PASSWORD));

  const summary: SeedSummary = [];
  for (const organisation of DEMO_ORGANISATIONS) {
    const seeded = await seedOrganisation(db, organisation, domainIds, demoPasswordHash);
    const where = { organisationId: seeded.organisationId };
    // Sessions count too: they are unique per hour and start, so a second history would collide.
    const historyCreated = (await db.client.count({ where })) === 0 && (await db.session.count({ where })) === 0;
    if (historyCreated) {
      await insertHistory(db, buildHistory({ ...seeded, domainIds, today }));
      await insertYearLongDossier(db, { ...seeded, advisorId: seeded.professionalIds[0], domainIds, today });
      await insertDemoSignals(db, { ...seeded, municipality: organisation.municipality, today });
    }
    if (options.liveDesk)
      await ensureSessionRunningNow(
        db,
        seeded,
        today,
        options.liveDesk === true ? undefined : options.liveDesk.freeSlots,
      );
    summary.push({ organisation: organisation.slug, historyCreated, ...(await countRows(db, seeded.organisationId)) });
  }
  await seedProgramme(db, demoPasswordHash, today);
  return summary;
}

/**
 * The demo funder and its login. Its grants are given only when it is made: an admin who took one
 * back in the demo does not get it back on the next start.
 */
async function seedProgramme(db: PrismaClient, demoPasswordHash: () => Promise<string>, today: Date) {
  const { slug, name, municipality, user, grantedBy } = DEMO_PROGRAMME;
  const existing = await db.organisation.findUnique({ where: { slug }, select: { id: true } });
  if (existing) return;
  const email = demoEmail(user.login, slug);
  assertAcceptablePassword(DEMO_PASSWORD, email);
  const passwordHash = await demoPasswordHash();
  // One transaction: a programme made without its grants would never get them (see above).
  await db.$transaction(async (tx) => {
    const admins = [];
    for (const partnershipSlug of grantedBy)
      admins.push(
        await tx.user.findFirstOrThrow({
          where: { organisation: { slug: partnershipSlug }, roles: { has: "ADMIN" } },
          orderBy: { email: "asc" },
          select: { id: true, organisationId: true },
        }),
      );
    await createProgramme(
      tx,
      { slug, name, municipality, demo: true },
      { email, name: user.name, passwordHash },
      { admins, grantedAt: today },
    );
  });
}

async function seedOrganisation(
  db: PrismaClient,
  organisation: DemoOrganisation,
  domainIds: Map<string, string>,
  demoPasswordHash: () => Promise<string>,
) {
  const orgData = {
    name: organisation.name,
    municipality: organisation.municipality,
    kind: "LIBRARY" as const,
    demo: true,
  };
  const { id: organisationId } = await db.organisation.upsert({
    where: { slug: organisation.slug },
    create: { slug: organisation.slug, ...orgData },
    update: orgData,
    select: { id: true },
  });

  let mainLocationId = "";
  let roomIds: string[] = [];
  for (const location of organisation.locations) {
    const { rooms, main, slug, onlineBooking = false, ...fields } = location;
    const data = { ...fields, onlineBooking, organisationId, active: true };
    const { id } = await db.location.upsert({
      where: { slug },
      create: { slug, ...data },
      update: data,
      select: { id: true },
    });
    const locationRoomIds = [];
    for (const room of rooms) {
      const saved = await db.room.upsert({
        where: { locationId_name: { locationId: id, name: room.name } },
        create: { organisationId, locationId: id, name: room.name, kind: room.kind },
        update: { kind: room.kind },
        select: { id: true },
      });
      locationRoomIds.push(saved.id);
    }
    if (main) {
      mainLocationId = id;
      roomIds = locationRoomIds;
    }
  }

  // Professionals first: a volunteer's supervisor must exist before the volunteer.
  const userIds = new Map<string, string>();
  const staff = [...organisation.staff].sort(
    (a, b) => Number(a.advisorKind === "VOLUNTEER") - Number(b.advisorKind === "VOLUNTEER"),
  );
  const supervisorLogin = organisation.staff.find((member) => member.advisorKind === "PROFESSIONAL")?.login;
  for (const member of staff) {
    const email = demoEmail(member.login, organisation.slug);
    const data = {
      organisationId,
      name: member.name,
      roles: member.roles,
      advisorKind: member.advisorKind ?? null,
      supervisorId: member.advisorKind === "VOLUNTEER" && supervisorLogin ? userIds.get(supervisorLogin)! : null,
      homeLocationId: member.roles.includes("HOST") ? mainLocationId : null,
    };
    const found = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (!found) assertAcceptablePassword(DEMO_PASSWORD, email);
    const saved = found
      ? await db.user.update({ where: { email }, data, select: { id: true } })
      : await db.user.create({
          data: { email, passwordHash: await demoPasswordHash(), ...data },
          select: { id: true },
        });
    userIds.set(member.login, saved.id);
  }
  const idOf = (login: string) => userIds.get(login)!;
  const advisorLogins = organisation.staff.filter((member) => member.roles.includes("ADVISOR"));
  const professionalIds = advisorLogins
    .filter((member) => member.advisorKind === "PROFESSIONAL")
    .map((member) => idOf(member.login));
  const volunteerId = idOf(advisorLogins.find((member) => member.advisorKind === "VOLUNTEER")!.login);

  await db.costRate.upsert({
    where: { organisationId_validFrom: { organisationId, validFrom: dateColumn(COST_RATE.validFrom) } },
    create: { organisationId, ...COST_RATE, validFrom: dateColumn(COST_RATE.validFrom) },
    update: {
      advisorHourCents: COST_RATE.advisorHourCents,
      projectHourCents: COST_RATE.projectHourCents,
      serviceHourCents: COST_RATE.serviceHourCents,
    },
  });

  const hours = [];
  for (const slot of CONSULTATION_HOURS) {
    const key = { organisationId, locationId: mainLocationId, weekday: slot.weekday, startMinute: slot.startMinute };
    const hour =
      (await db.consultationHour.findFirst({ where: key })) ??
      (await db.consultationHour.create({
        data: {
          ...key,
          endMinute: slot.endMinute,
          slotMinutes: SLOT_MINUTES,
          advisorCapacity: organisation.advisorCapacity,
          mode: "WALK_IN_AND_APPOINTMENT",
          validFrom: dateColumn(HOURS_VALID_FROM),
        },
      }));
    await db.consultationHourAdvisor.createMany({
      data: [...professionalIds, volunteerId].map((advisorId) => ({ consultationHourId: hour.id, advisorId })),
      skipDuplicates: true,
    });
    hours.push(hour);
  }

  const partners = new Map<PartnerType, { id: string; name: string }>();
  for (const { legalDomains, ...partner } of demoPartners(organisation)) {
    const saved = await db.partner.upsert({
      where: { organisationId_name: { organisationId, name: partner.name } },
      create: { organisationId, ...partner },
      update: { ...partner, active: true },
      select: { id: true, name: true },
    });
    if (!partners.has(partner.type)) partners.set(partner.type, saved);
    await db.partnerLegalDomain.createMany({
      data: legalDomains.map((code) => ({ partnerId: saved.id, legalDomainId: domainIds.get(code)! })),
      skipDuplicates: true,
    });
  }

  const otherParties = new Map<OtherPartyKind, string>();
  for (const entry of demoOtherParties(organisation)) {
    const saved = await db.otherParty.upsert({
      where: { organisationId_name: { organisationId, name: entry.name } },
      create: { organisationId, ...entry },
      update: {},
      select: { id: true },
    });
    if (!otherParties.has(entry.kind)) otherParties.set(entry.kind, saved.id);
  }

  return {
    organisationId,
    slug: organisation.slug,
    locationId: mainLocationId,
    roomIds,
    hours,
    hostId: idOf("gastvrouw"),
    coordinatorId: idOf("coordinator"),
    professionalIds,
    volunteerId,
    postcodeAreas: organisation.postcodeAreas,
    partners,
    otherParties,
  };
}

async function countRows(db: PrismaClient, organisationId: string) {
  const where = { organisationId };
  const [
    users,
    partners,
    clients,
    sessions,
    visits,
    quickContacts,
    dossiers,
    openDossiers,
    referrals,
    deadlines,
    timeEntries,
    costBenefitItems,
  ] = await Promise.all([
    db.user.count({ where }),
    db.partner.count({ where }),
    db.client.count({ where }),
    db.session.count({ where }),
    db.visit.count({ where }),
    db.case.count({ where: { ...where, kind: "QUICK_CONTACT" } }),
    db.case.count({ where: { ...where, kind: "DOSSIER" } }),
    db.case.count({ where: { ...where, kind: "DOSSIER", status: { not: "CLOSED" } } }),
    db.referral.count({ where }),
    db.deadline.count({ where }),
    db.timeEntry.count({ where }),
    db.costBenefitItem.count({ where }),
  ]);
  return {
    users,
    partners,
    clients,
    sessions,
    visits,
    quickContacts,
    dossiers,
    openDossiers,
    referrals,
    deadlines,
    timeEntries,
    costBenefitItems,
  };
}

async function main() {
  if (process.env.DATABASE_URL && !process.argv.includes("--demo")) {
    console.error(
      "DATABASE_URL is gezet: demogegevens komen alleen met --demo in een externe database (npm run seed -- --demo).",
    );
    process.exit(1);
  }
  const database = await resolveDatabase();
  const db = withClockStamps(new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) }));
  try {
    const started = Date.now();
    const freeSlots = Number(process.env.SPREEKUUR_LIVE_DESK_SLOTS) || undefined;
    const summary = await seedDemoData(db, { liveDesk: freeSlots ? { freeSlots } : true });
    console.table(summary);
    console.log(
      `Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Log in as e.g. ${DEMO_USERS[0].email} with password "${DEMO_PASSWORD}".`,
    );
  } catch (error) {
    if (!(error instanceof DemoDataRefused)) throw error;
    // `npm start` on the embedded database after `npm run setup` there: the real data goes on.
    if (process.argv.includes("--unless-real"))
      console.log("Geen demogegevens geladen: deze database bevat een echte organisatie.");
    else {
      console.error(error.message);
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  // Exit explicitly with the outcome: a connection or timer left open must not keep the process alive.
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
