import { beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/guard";
import { listDossiers } from "@/lib/cases/queries";
import { amsterdamDay, amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { getTodaysDesk } from "@/lib/desk/queries";
import { checkHealth } from "@/lib/health";
import { getOrganisationOverview } from "@/lib/organisations/queries";
import { getMonthSummaries } from "@/lib/reports/queries";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";

type Library = Awaited<ReturnType<typeof makeLibrary>>;

async function makeLibrary(name: string) {
  const { organisation, location } = await createOrganisation(name);
  const host = actorOf(await createUser(organisation.id, "HOST", { homeLocationId: location.id }));
  const advisor = actorOf(await createUser(organisation.id, "ADVISOR"));
  const otherAdvisor = actorOf(await createUser(organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" }));
  const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  const admin = actorOf(await createUser(organisation.id, "ADMIN"));
  const client = await createClient(organisation.id, `Cliënt van ${name}`);
  const today = amsterdamDay(new Date());
  const session = await db.session.create({
    data: {
      organisationId: organisation.id,
      locationId: location.id,
      startsAt: amsterdamMoment(today, 0),
      endsAt: amsterdamMoment(today, 30),
    },
  });
  await db.visit.create({
    data: {
      organisationId: organisation.id,
      locationId: location.id,
      sessionId: session.id,
      clientId: client.id,
      kind: "WALK_IN",
      status: "DONE",
      arrivedAt: new Date(),
      startedAt: new Date(),
      endedAt: new Date(),
    },
  });
  const dossier = await db.case.create({
    data: {
      organisationId: organisation.id,
      clientId: client.id,
      responsibleAdvisorId: advisor.userId,
      question: `Vraag bij ${name}`,
    },
  });
  return { organisation, host, advisor, otherAdvisor, coordinator, admin, client, dossier };
}

let a: Library;
let b: Library;

beforeAll(async () => {
  a = await makeLibrary("Bibliotheek A");
  b = await makeLibrary("Bibliotheek B");
});

describe("each role's home shows its own organisation's data only", () => {
  it("the host desk lists today's visitors of the host's library, without case content", async () => {
    const desk = await getTodaysDesk(a.host);
    expect(desk.sessions).toHaveLength(1);
    const names = desk.sessions.flatMap((s) => s.visits.map((v) => v.client.displayName));
    expect(names).toEqual(["Cliënt van Bibliotheek A"]);
    expect(JSON.stringify(desk)).not.toContain("Vraag bij");
  });

  it("my dossiers lists the advisor's own open dossiers only", async () => {
    expect((await listDossiers(a.advisor, { scope: "mine" })).dossiers.map((d) => d.id)).toEqual([a.dossier.id]);
    expect((await listDossiers(a.otherAdvisor, { scope: "mine" })).total).toBe(0);
    expect((await listDossiers(b.advisor, { scope: "mine" })).dossiers.map((d) => d.id)).toEqual([b.dossier.id]);
  });

  it("the coordinator's figures count the own organisation only", async () => {
    const summary = await getMonthSummaries(a.coordinator);
    expect(summary.organisation).toBe("Bibliotheek A");
    // One contact: shown as the monitoring figures show it.
    expect(summary.thisMonth.contacts).toBe("<5");
    expect(summary.openDossiers).toBe(1);
  });

  it("the admin sees the own organisation's users only", async () => {
    const overview = await getOrganisationOverview(a.admin);
    const ids = overview.users.map((u) => u.id);
    expect(ids).toContain(a.host.userId);
    expect(ids).not.toContain(b.host.userId);
  });
});

describe("a wrong role or no login is refused", () => {
  it.each([
    ["desk", (actor: Library["host"] | null) => getTodaysDesk(actor), ["admin"]],
    ["my dossiers", (actor: Library["host"] | null) => listDossiers(actor), ["host", "coordinator", "admin"]],
    ["reports", (actor: Library["host"] | null) => getMonthSummaries(actor), ["host", "advisor", "admin"]],
    [
      "administration",
      (actor: Library["host"] | null) => getOrganisationOverview(actor),
      ["host", "advisor", "coordinator"],
    ],
  ] as const)("%s", async (_page, query, wrongRoles) => {
    await expect(query(null)).rejects.toThrow(AccessDenied);
    for (const role of wrongRoles) {
      await expect(query(a[role])).rejects.toThrow("refusals.auth.forbidden");
    }
  });
});

describe("health", () => {
  it("reports the database as reachable", async () => {
    expect(await checkHealth()).toMatchObject({ status: "ok", database: "reachable" });
  });
});
