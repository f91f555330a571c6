// Issue 21 item 6: a programme or funder reads the figures of the partnerships whose admin gave it
// access, per finished quarter, each as the partnership's own export shows them, and their sums
// only where every part is shown. It never reaches a partnership that did not give access.
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/guard";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { exportProgrammeFigures } from "@/lib/programmes/export";
import { getProgrammeFigures, type ProgrammeFigures, type ProgrammeLine } from "@/lib/programmes/figures";
import { grantProgrammeAccess, listProgrammeGrants, revokeProgrammeAccess } from "@/lib/programmes/grants";
import { finishedQuarters, lastFinishedQuarter, parseQuarter, trendQuarters } from "@/lib/programmes/quarters";
import { actorOf, createOrganisation, createProgramme, createUser } from "../support/factories";

/** Wednesday 2 December 2026: the last finished quarter is July to September 2026. */
const NOW = new Date("2026-12-02T10:00:00Z");

async function createLibrary(name: string, clientsInSeptember: number) {
  const { organisation, location } = await createOrganisation(name);
  for (let index = 0; index < clientsInSeptember; index++) {
    const client = await db.client.create({
      data: { organisationId: organisation.id, displayName: `${name} cliënt ${index}` },
    });
    const startedAt = amsterdamMoment(`2026-09-${String(1 + index).padStart(2, "0")}`, 600);
    await db.visit.create({
      data: {
        organisationId: organisation.id,
        locationId: location.id,
        clientId: client.id,
        kind: "WALK_IN",
        status: "DONE",
        arrivedAt: startedAt,
        startedAt,
        endedAt: new Date(startedAt.getTime() + 20 * 60_000),
      },
    });
  }
  return {
    organisation,
    admin: actorOf(await createUser(organisation.id, "ADMIN")),
    coordinator: actorOf(await createUser(organisation.id, "COORDINATOR")),
  };
}

type Library = Awaited<ReturnType<typeof createLibrary>>;

async function createProgrammeReader(name: string) {
  const programme = await createProgramme(name);
  return { programme, reader: actorOf(await createUser(programme.id, "PROGRAMME")) };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const line = (figures: ProgrammeFigures, onderdeel: string, code: string): ProgrammeLine =>
  figures.chosen.lines.find((each) => each.onderdeel === onderdeel && each.code === code)!;

let seven: Library;
let two: Library;
let six: Library;
let elsewhere: Library;

beforeAll(async () => {
  seven = await createLibrary("Bibliotheek Zeven", 7);
  two = await createLibrary("Bibliotheek Twee", 2);
  six = await createLibrary("Bibliotheek Zes", 6);
  elsewhere = await createLibrary("Bibliotheek Elders", 9);
}, 60_000);

describe("the quarters a programme reads", () => {
  it("are finished ones only, from 2021 on, never the running one", () => {
    expect(lastFinishedQuarter(NOW)).toEqual({ year: 2026, quarter: 3 });
    expect(lastFinishedQuarter(new Date("2026-12-31T23:30:00Z"))).toEqual({ year: 2026, quarter: 4 });
    expect(finishedQuarters(NOW)[0]).toEqual({ year: 2026, quarter: 3 });
    expect(finishedQuarters(NOW).at(-1)).toEqual({ year: 2021, quarter: 1 });
    expect(unwrap(parseQuarter("2026-Q2", NOW))).toEqual({ year: 2026, quarter: 2 });
    expect(unwrap(parseQuarter(undefined, NOW))).toEqual({ year: 2026, quarter: 3 });
    for (const refused of ["2026-Q4", "2026-Q5", "2020-Q4", "2026-3", " ", ["2026-Q3"], 2026])
      expect(parseQuarter(refused, NOW)).toMatchObject({ ok: false, error: "refusals.programmes.quarterInvalid" });
    expect(trendQuarters({ year: 2026, quarter: 1 })).toEqual([
      { year: 2025, quarter: 2 },
      { year: 2025, quarter: 3 },
      { year: 2025, quarter: 4 },
      { year: 2026, quarter: 1 },
    ]);
    expect(trendQuarters({ year: 2021, quarter: 2 })).toEqual([
      { year: 2021, quarter: 1 },
      { year: 2021, quarter: 2 },
    ]);
  });
});

describe("a programme's figures", () => {
  it("holds only the partnerships that gave access, and a sum only where every part is shown", async () => {
    const { programme, reader } = await createProgrammeReader("Provincie Test");
    expect(unwrap(await getProgrammeFigures(reader, {}, NOW)).partnerships).toEqual([]);

    unwrap(await grantProgrammeAccess(seven.admin, { programmeId: programme.id }, { now: NOW }));
    unwrap(await grantProgrammeAccess(two.admin, { programmeId: programme.id }, { now: NOW }));
    const figures = unwrap(await getProgrammeFigures(reader, {}, NOW));
    expect(figures.partnerships.map((partnership) => partnership.name)).toEqual([
      "Bibliotheek Twee",
      "Bibliotheek Zeven",
    ]);
    // Twee's 2 is "<5" in its own export: the sum would give it away (sum minus Zeven's 7).
    expect(line(figures, "contacten", "totaal")).toMatchObject({ values: ["<5", 7], sum: null });
    expect(line(figures, "clienten", "totaal")).toMatchObject({ values: ["<5", 7], sum: null });
    // A percentage is never summed.
    expect(line(figures, "uitkomsten", "opgelost_zonder_doorverwijzing_procent").sum).toBeNull();
    // Each partnership's values are exactly the lines of its own national export.
    expect(figures.chosen.lines.every((each) => each.values.length === 2)).toBe(true);
    expect(figures.trend.map((quarter) => quarter.quarter)).toEqual(trendQuarters({ year: 2026, quarter: 3 }));
  });

  it("sums what every partnership shows", async () => {
    const { programme, reader } = await createProgrammeReader("Gemeente Test");
    unwrap(await grantProgrammeAccess(seven.admin, { programmeId: programme.id }, { now: NOW }));
    unwrap(await grantProgrammeAccess(six.admin, { programmeId: programme.id }, { now: NOW }));
    const figures = unwrap(await getProgrammeFigures(reader, { quarter: "2026-Q3" }, NOW));
    expect(line(figures, "contacten", "totaal")).toMatchObject({ values: [6, 7], sum: 13 });
    const trendSums = figures.trend.map(
      (quarter) => quarter.lines.find((each) => each.onderdeel === "contacten" && each.code === "totaal")!.sum,
    );
    expect(trendSums).toEqual([0, 0, 0, 13]);
    // A quarter without contacts is shown as nothing happened, not as hidden.
    const earlier = unwrap(await getProgrammeFigures(reader, { quarter: "2026-Q2" }, NOW));
    expect(line(earlier, "contacten", "totaal")).toMatchObject({ values: [0, 0], sum: 0 });
  });

  it("loses a partnership the moment its admin takes the access back, and another programme never had it", async () => {
    const { programme, reader } = await createProgrammeReader("Landelijk Test");
    const other = await createProgrammeReader("Andere financier");
    unwrap(await grantProgrammeAccess(elsewhere.admin, { programmeId: programme.id }, { now: NOW }));
    unwrap(await grantProgrammeAccess(seven.admin, { programmeId: programme.id }, { now: NOW }));
    expect(unwrap(await getProgrammeFigures(other.reader, {}, NOW)).partnerships).toEqual([]);

    unwrap(await revokeProgrammeAccess(elsewhere.admin, { programmeId: programme.id }, { now: NOW }));
    const figures = unwrap(await getProgrammeFigures(reader, {}, NOW));
    expect(figures.partnerships.map((partnership) => partnership.name)).toEqual(["Bibliotheek Zeven"]);
    const csv = unwrap(await exportProgrammeFigures(reader, { format: "csv" }, NOW)).body as string;
    expect(csv).not.toContain("Bibliotheek Elders");
    expect(await db.auditEvent.count({ where: { action: "programme.revoke", entityId: programme.id } })).toBe(1);
  });

  it("is refused to every partnership's own people, and is no way into the partnership's own reports", async () => {
    for (const actor of [seven.admin, seven.coordinator])
      await expect(getProgrammeFigures(actor, {}, NOW)).rejects.toBeInstanceOf(AccessDenied);
    await expect(exportProgrammeFigures(seven.coordinator, { format: "csv" }, NOW)).rejects.toBeInstanceOf(
      AccessDenied,
    );
    const { reader } = await createProgrammeReader("Nieuwsgierig");
    await expect(listProgrammeGrants(reader)).rejects.toBeInstanceOf(AccessDenied);
    await expect(grantProgrammeAccess(reader, { programmeId: reader.organisationId })).resolves.toMatchObject({
      ok: false,
      error: "refusals.auth.forbidden",
    });
  });

  it("refuses a quarter that has not ended, in the page and in the download", async () => {
    const { reader } = await createProgrammeReader("Te vroeg");
    expect(await getProgrammeFigures(reader, { quarter: "2026-Q4" }, NOW)).toMatchObject({ ok: false });
    expect(await exportProgrammeFigures(reader, { quarter: "2026-Q4", format: "csv" }, NOW)).toMatchObject({
      ok: false,
    });
  });
});

describe("the download", () => {
  it("stacks each partnership's national rows and a 'totaal' line per category, and is in the audit trail", async () => {
    const { programme, reader } = await createProgrammeReader("Download Test");
    unwrap(await grantProgrammeAccess(seven.admin, { programmeId: programme.id }, { now: NOW }));
    unwrap(await grantProgrammeAccess(six.admin, { programmeId: programme.id }, { now: NOW }));
    const file = unwrap(await exportProgrammeFigures(reader, { format: "csv" }, NOW));
    expect(file.fileName).toBe("programma-2026-Q3.csv");
    const lines = (file.body as string).split(/\r?\n/);
    const contacts = lines.filter((each) => /;contacten;totaal;/.test(each));
    expect(contacts).toHaveLength(3);
    // By name: "Zes" before "Zeven", the sum last.
    expect(contacts.map((each) => each.split(";")[0])).toEqual([
      six.organisation.slug,
      seven.organisation.slug,
      "totaal",
    ]);
    expect(contacts.at(-1)).toMatch(/;13;aantal;/);
    expect(lines.some((each) => /;kosten_baten;netto;/.test(each))).toBe(true);
    expect(file.body).not.toMatch(/cliënt \d/);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "report.programme_export", organisationId: programme.id },
      select: { details: true },
    });
    expect(audit.details).toMatchObject({ format: "csv", quarter: "2026-Q3" });
  });
});

describe("giving and taking access", () => {
  it("refuses a library as if it were a programme, a second grant, and taking back what was not given", async () => {
    const { programme } = await createProgrammeReader("Dubbel");
    expect(await grantProgrammeAccess(seven.admin, { programmeId: two.organisation.id })).toMatchObject({
      ok: false,
      error: "refusals.programmes.programmeNotFound",
    });
    unwrap(await grantProgrammeAccess(seven.admin, { programmeId: programme.id }, { now: NOW }));
    expect(await grantProgrammeAccess(seven.admin, { programmeId: programme.id })).toMatchObject({
      ok: false,
      error: "refusals.programmes.alreadyGranted",
    });
    expect(await revokeProgrammeAccess(two.admin, { programmeId: programme.id })).toMatchObject({
      ok: false,
      error: "refusals.programmes.grantNotFound",
    });
    expect(await grantProgrammeAccess(seven.admin, { programmeId: "" })).toMatchObject({ ok: false });
    const listed = await listProgrammeGrants(seven.admin);
    expect(listed.find((each) => each.id === programme.id)?.grant).toMatchObject({ grantedAt: NOW });
    expect((await listProgrammeGrants(two.admin)).find((each) => each.id === programme.id)?.grant).toBeNull();
  });
});
