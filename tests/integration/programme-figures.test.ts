// Issue 21 item 6: a programme or funder reads the figures of the partnerships whose admin gave it
// access, per finished quarter, each as the partnership's own export shows them, and their sums
// only where every part is shown. It never reaches a partnership that did not give access.
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/guard";
import ExcelJS from "exceljs";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { exportProgrammeFigures } from "@/lib/programmes/export";
import { getNationalExport } from "@/lib/reports/national-export";
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

/** Four cases closed in September, each with another outcome: each "<5" is then exactly 1, so the split is withheld. */
async function closeFourCases(library: Library) {
  const advisor = await createUser(library.organisation.id, "ADVISOR");
  const outcomes = ["SOLVED", "PARTLY_SOLVED", "REFERRED", "NOT_SOLVED"] as const;
  for (const [index, outcome] of outcomes.entries()) {
    const client = await db.client.create({
      data: { organisationId: library.organisation.id, displayName: `Stil cliënt ${index}` },
    });
    await db.case.create({
      data: {
        organisationId: library.organisation.id,
        clientId: client.id,
        responsibleAdvisorId: advisor.id,
        question: "Een brief over de toeslag.",
        openedAt: amsterdamMoment(`2026-08-0${index + 1}`, 600),
        status: "CLOSED",
        closedAt: amsterdamMoment(`2026-09-1${index}`, 600),
        outcome,
      },
    });
  }
}

let quiet: Library;
let seven: Library;
let two: Library;
let six: Library;
let elsewhere: Library;

beforeAll(async () => {
  seven = await createLibrary("Bibliotheek Zeven", 7);
  two = await createLibrary("Bibliotheek Twee", 2);
  six = await createLibrary("Bibliotheek Zes", 6);
  elsewhere = await createLibrary("Bibliotheek Elders", 9);
  quiet = await createLibrary("Bibliotheek Aan Zee", 0);
  await closeFourCases(quiet);
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
    // Each partnership's values are exactly the lines of its own coordinator's national export.
    for (const [index, library] of [two, seven].entries()) {
      const national = unwrap(
        await getNationalExport(library.coordinator, { from: "2026-07-01", to: "2026-09-30" }, NOW),
      );
      const own = new Map(national.rows.map((row) => [`${row.onderdeel}.${row.code}`, row.waarde]));
      const national_lines = figures.chosen.lines.filter((each) => each.onderdeel !== "kosten_baten");
      expect(national_lines.map((each) => each.values[index])).toEqual(
        national_lines.map((each) => own.get(`${each.onderdeel}.${each.code}`)),
      );
      expect(national_lines).toHaveLength(national.rows.length);
    }
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

    // Another library's admin takes back nothing of Elders' or Zeven's.
    expect(await revokeProgrammeAccess(two.admin, { programmeId: programme.id })).toMatchObject({ ok: false });
    expect(unwrap(await getProgrammeFigures(reader, {}, NOW)).partnerships).toHaveLength(2);
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
  it("stacks each partnership's national rows; the workbook has the sums on a sheet of their own; each partnership's audit log has it", async () => {
    const { programme, reader } = await createProgrammeReader("Download Test");
    unwrap(await grantProgrammeAccess(seven.admin, { programmeId: programme.id }, { now: NOW }));
    unwrap(await grantProgrammeAccess(six.admin, { programmeId: programme.id }, { now: NOW }));
    const file = unwrap(await exportProgrammeFigures(reader, { format: "csv" }, NOW));
    expect(file.fileName).toBe("programma-2026-Q3.csv");
    const lines = (file.body as string).split(/\r?\n/);
    const contacts = lines.filter((each) => /;contacten;totaal;/.test(each));
    // By name: "Zes" before "Zeven"; no sum in the CSV, so stacking it with the partnerships' own files counts nothing twice.
    expect(contacts.map((each) => each.split(";")[0])).toEqual([six.organisation.slug, seven.organisation.slug]);
    expect(lines.some((each) => /;kosten_baten;netto;;[^;]*;0;euro;/.test(each))).toBe(true);
    expect(file.body).not.toMatch(/cliënt \d/);

    const workbook = new ExcelJS.Workbook();
    const xlsx = unwrap(await exportProgrammeFigures(reader, { format: "xlsx" }, NOW));
    await workbook.xlsx.load(Buffer.from(xlsx.body as Uint8Array) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["landelijk", "samen", "toelichting"]);
    const sums: unknown[][] = [];
    workbook.getWorksheet("samen")!.eachRow((row) => sums.push((row.values as unknown[]).slice(1)));
    const contactSum = sums.find((row) => row[5] === "contacten" && row[6] === "totaal")!;
    expect(contactSum.slice(0, 2)).toEqual(["samen", "Samen (2 bibliotheken)"]);
    expect(contactSum[9]).toBe(13);

    const exports = (organisationId: string) =>
      db.auditEvent.count({ where: { action: "report.programme_export", organisationId, actorId: reader.userId } });
    for (const organisationId of [programme.id, seven.organisation.id, six.organisation.id])
      expect(await exports(organisationId), organisationId).toBe(2);
    expect(await exports(two.organisation.id)).toBe(0);
  });
});

describe("a partnership whose split is withheld", () => {
  it("stands beside the others: its withheld rows are blank, not shifted, and nothing is summed over them", async () => {
    const { programme, reader } = await createProgrammeReader("Met stille bibliotheek");
    unwrap(await grantProgrammeAccess(quiet.admin, { programmeId: programme.id }, { now: NOW }));
    unwrap(await grantProgrammeAccess(seven.admin, { programmeId: programme.id }, { now: NOW }));
    const figures = unwrap(await getProgrammeFigures(reader, {}, NOW));
    expect(figures.partnerships.map((partnership) => partnership.name)).toEqual([
      "Bibliotheek Aan Zee",
      "Bibliotheek Zeven",
    ]);
    expect(line(figures, "uitkomsten", "totaal")).toMatchObject({ values: ["<5", 0], sum: null });
    for (const outcome of ["SOLVED", "PARTLY_SOLVED", "REFERRED", "NOT_SOLVED"])
      expect(line(figures, "uitkomsten", outcome), outcome).toMatchObject({ values: [null, 0], sum: null });
    expect(line(figures, "contacten", "totaal")).toMatchObject({ values: [0, 7], sum: 7 });
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
