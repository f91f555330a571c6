// "No personal data in any report or export": every report and export is generated on the demo
// data of all three libraries and searched for every client's name, phone, e-mail and birth year.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { getMonitoringFigures } from "@/lib/reports/monitoring";
import { exportMonitoringFigures, type ExportFile, type Translate } from "@/lib/reports/monitoring-export";
import { exportNational, getNationalExport } from "@/lib/reports/national-export";
import { getMonthSummaries } from "@/lib/reports/queries";
import { exportProgrammeFigures } from "@/lib/programmes/export";
import { getProgrammeFigures } from "@/lib/programmes/figures";
import { seedDemoData } from "../../scripts/seed";
import { actorOf } from "../support/factories";

const TODAY = new Date("2026-11-28T10:00:00Z");
const REPORTS_DIR = path.join(process.cwd(), "lib/reports");

type Output = { report: string; text: string };
type Producer = { report: string; produce: (actor: Actor) => Promise<string[]> };
type AnyFunction = (...args: unknown[]) => Promise<unknown> | unknown;

const json = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item));

/** Everything a workbook shows: sheet names and the text of every cell. */
async function workbookText(body: string | Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(body as Uint8Array) as unknown as ArrayBuffer);
  const parts: string[] = [workbook.creator ?? ""];
  workbook.eachSheet((sheet) => {
    parts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join("\n");
}

async function fileText(file: ExportFile | { body: string | Uint8Array; contentType: string }): Promise<string> {
  return file.contentType.startsWith("text/csv") ? (file.body as string) : workbookText(file.body);
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

let monitoringT: Translate;
let rootT: Translate;
let producers: Producer[];
/** The reports of the other report modules, added when those modules are there. */
let othersFound: string[];

/** Reports written next to this one (hours, cost-benefit): called as their modules define them. */
async function otherReportProducers(): Promise<Producer[]> {
  const load = async (file: string) =>
    fs.existsSync(path.join(REPORTS_DIR, file))
      ? ((await import(path.join(REPORTS_DIR, file))) as Record<string, AnyFunction>)
      : null;
  const found: Producer[] = [];
  const hours = await load("hours.ts");
  if (hours?.getHoursReport)
    found.push({
      report: "hours.getHoursReport",
      produce: async (actor) => [json(await hours.getHoursReport(actor, {}, { now: TODAY }))],
    });
  const hoursExport = await load("hours-export.ts");
  if (hoursExport?.exportHoursReport) {
    found.push({
      report: "hours-export.exportHoursReport",
      produce: async (actor) =>
        Promise.all(
          (["csv", "xlsx"] as const).map(async (format) =>
            fileText(
              (await hoursExport.exportHoursReport(actor, {}, format, rootT, "nl", { now: TODAY })) as ExportFile,
            ),
          ),
        ),
    });
  }
  const costBenefit = await load("cost-benefit-overview.ts");
  if (costBenefit?.getCostBenefitOverview) {
    const period = { from: "2026-01-01", to: "2026-11-28" };
    found.push({
      report: "cost-benefit-overview.getCostBenefitOverview",
      produce: async (actor) => [json(await costBenefit.getCostBenefitOverview(actor, period, TODAY))],
    });
    const costBenefitExport = await load("cost-benefit-overview-export.ts");
    if (costBenefitExport?.costBenefitTables) {
      found.push({
        report: "cost-benefit-overview-export.costBenefitTables",
        produce: async (actor) => {
          const overview = await costBenefit.getCostBenefitOverview(actor, period, TODAY);
          return [
            json(costBenefitExport.costBenefitTables(overview, "csv", rootT, "nl")),
            json(costBenefitExport.costBenefitTables(overview, "xlsx", rootT, "nl")),
          ];
        },
      });
    }
  }
  return found;
}

beforeAll(async () => {
  await seedDemoData(db, { today: TODAY });
  const messages = await loadMessages("nl");
  monitoringT = createTranslator({ locale: "nl", messages, namespace: "monitoring" }) as unknown as Translate;
  rootT = createTranslator({ locale: "nl", messages }) as unknown as Translate;
  const others = await otherReportProducers();
  othersFound = others.map((producer) => producer.report);
  producers = [
    {
      report: "monitoring.getMonitoringFigures",
      produce: async (actor) => [json(unwrap(await getMonitoringFigures(actor, {}, TODAY)))],
    },
    {
      report: "monitoring-export.exportMonitoringFigures",
      produce: async (actor) =>
        Promise.all(
          (["csv", "xlsx"] as const).map(async (format) =>
            fileText(
              unwrap(await exportMonitoringFigures(actor, { format }, { t: monitoringT, locale: "nl", now: TODAY })),
            ),
          ),
        ),
    },
    {
      report: "national-export.getNationalExport",
      produce: async (actor) => [json(unwrap(await getNationalExport(actor, {}, TODAY)))],
    },
    {
      report: "national-export.exportNational",
      produce: async (actor) =>
        Promise.all(
          (["csv", "xlsx"] as const).map(async (format) =>
            fileText(unwrap(await exportNational(actor, { format }, TODAY))),
          ),
        ),
    },
    { report: "queries.getMonthSummaries", produce: async (actor) => [json(await getMonthSummaries(actor, TODAY))] },
    ...others,
  ];
}, 120_000);

async function coordinators(): Promise<Actor[]> {
  const users = await db.user.findMany({
    where: { roles: { has: "COORDINATOR" }, organisation: { slug: { in: ["hengelo", "venray", "mar-en-fean"] } } },
  });
  return users.map(actorOf);
}

async function allOutputs(): Promise<Output[]> {
  const outputs: Output[] = [];
  for (const actor of await coordinators()) {
    for (const producer of producers)
      for (const text of await producer.produce(actor)) outputs.push({ report: producer.report, text });
  }
  return outputs;
}

/** What of a client's own data a text gives away: the name, the phone, the e-mail, a date in the birth year. */
function leaks(
  text: string,
  clients: { displayName: string; phone: string | null; email: string | null; birthYear: number | null }[],
): string[] {
  const found: string[] = [];
  const birthYears = new Set(clients.map((client) => client.birthYear).filter((year) => year !== null));
  for (const client of clients) {
    for (const value of [client.displayName, client.phone, client.email])
      if (value && text.includes(value)) found.push(value);
  }
  for (const match of text.matchAll(/\b(\d{4})-\d{2}-\d{2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](\d{4})\b/g)) {
    if (birthYears.has(Number(match[1] ?? match[2]))) found.push(match[0]);
  }
  for (const word of ["birthYear", "geboortejaar", "geboortedatum"]) if (text.includes(word)) found.push(word);
  return found;
}

describe("no personal data in reports and exports", () => {
  it("knows which reports there are: ours, the month summary, and those of the other report modules that exist", async () => {
    expect(producers.length).toBeGreaterThan(0);
    expect(producers.map((producer) => producer.report)).toEqual(
      expect.arrayContaining([
        "monitoring.getMonitoringFigures",
        "national-export.exportNational",
        "queries.getMonthSummaries",
        ...othersFound,
      ]),
    );
    // A new report query in lib/reports must be added to this test: every exported get…(actor) is covered.
    const covered = new Set(producers.map((producer) => producer.report.split(".")[1]));
    const queries = fs
      .readdirSync(REPORTS_DIR)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) =>
        [
          ...fs.readFileSync(path.join(REPORTS_DIR, file), "utf8").matchAll(/export async function (get\w+)\(actor/g),
        ].map((match) => match[1]),
      );
    expect(queries.filter((name) => !covered.has(name))).toEqual([]);
  });

  it("finds a client's data when it is there, so the search below is not empty", async () => {
    const clients = await db.client.findMany({
      select: { displayName: true, phone: true, email: true, birthYear: true },
    });
    expect(clients.length).toBeGreaterThan(100);
    const withAll = clients.find((client) => client.phone && client.email && client.birthYear)!;
    expect(withAll).toBeDefined();
    expect(
      leaks(`${withAll.displayName} ${withAll.phone} ${withAll.email} ${withAll.birthYear}-03-04`, clients),
    ).toHaveLength(4);
  });

  it("holds no client's name, phone, e-mail or birth date in any report or export of any library", async () => {
    const clients = await db.client.findMany({
      select: { displayName: true, phone: true, email: true, birthYear: true },
    });
    const outputs = await allOutputs();
    expect(outputs.length).toBeGreaterThanOrEqual(3 * producers.length);
    const found = outputs.flatMap((output) => leaks(output.text, clients).map((leak) => `${output.report}: ${leak}`));
    expect(found).toEqual([]);

    // Ours hold no year of birth at all, not even as a bare number.
    const years = new Set(
      clients
        .map((client) => client.birthYear)
        .filter((year) => year !== null)
        .map(String),
    );
    const ours = outputs.filter((output) => /^(monitoring|national-export)/.test(output.report));
    expect(
      ours.flatMap((output) =>
        [...output.text.matchAll(/\b\d{4}\b/g)].map((match) => match[0]).filter((token) => years.has(token)),
      ),
    ).toEqual([]);
  }, 120_000);

  it("gives a programme no client's data and no name at all: not of a client, not of a colleague, in what it sees and downloads", async () => {
    const programme = actorOf(
      await db.user.findFirstOrThrow({ where: { roles: { has: "PROGRAMME" }, organisation: { slug: "programma" } } }),
    );
    const figures = unwrap(await getProgrammeFigures(programme, {}, TODAY));
    expect(figures.partnerships.map((partnership) => partnership.name)).toEqual([
      "Bibliotheek Hengelo",
      "Bibliotheek Mar en Fean",
    ]);
    const outputs = [
      json(figures),
      ...(await Promise.all(
        (["csv", "xlsx"] as const).map(async (format) =>
          fileText(unwrap(await exportProgrammeFigures(programme, { format }, TODAY))),
        ),
      )),
    ];
    // Not an empty quarter: the demo's summer has contacts in both libraries.
    const contacts = figures.chosen.lines.find((line) => line.onderdeel === "contacten" && line.code === "totaal")!;
    expect(contacts.values.every((value) => typeof value === "number" && value > 0)).toBe(true);
    const clients = await db.client.findMany({
      select: { displayName: true, phone: true, email: true, birthYear: true },
    });
    const names = (await db.user.findMany({ select: { name: true } })).map((user) => user.name);
    expect(outputs.flatMap((text) => leaks(text, clients))).toEqual([]);
    expect(names.filter((name) => outputs.some((text) => text.includes(name)))).toEqual([]);
    // Nor a free text: a client's question, a signal's description or answer, a typed other party.
    const texts = [
      ...(await db.case.findMany({ select: { question: true, otherPartyName: true } })).flatMap((found) => [
        found.question,
        found.otherPartyName,
      ]),
      ...(await db.signal.findMany({ select: { description: true, answer: true } })).flatMap((signal) => [
        signal.description,
        signal.answer,
      ]),
    ].filter((text): text is string => text !== null && text.length >= 12);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => outputs.some((output) => output.includes(text)))).toEqual([]);
  }, 120_000);
});
