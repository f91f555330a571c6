// The coordinator's cost-benefit overview through the database, on two of the Hengelo report's
// cases (/work/shared/domain/000_4e6eaf31a06dd73b.txt, chapter 03): case 1, the objection against
// a partial repayment of assistance (2 hours, net € 1.374), and case 6, the offsetting of benefit
// repayments (2 hours, net € 978). Their items are those of tests/unit/cost-benefit-hengelo.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { recordStoryConsent } from "@/lib/costs/record-story-consent";
import { RATE_EXISTS, setCostRate } from "@/lib/costs/set-cost-rate";
import { getStoryCase } from "@/lib/costs/story";
import type { BenefitBeneficiary, BenefitCategory } from "@/lib/generated/prisma/enums";
import { formatShare } from "@/lib/reports/cost-benefit";
import { costBenefitPeriod, getCostBenefitOverview, PERIOD_INVALID } from "@/lib/reports/cost-benefit-overview";
import { costBenefitTables } from "@/lib/reports/cost-benefit-overview-export";
import { toCsv } from "@/lib/reports/export";
import { createDeskLibrary, NOW } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let domains: Record<"socialSecurity" | "assistance" | "tax" | "allowances" | "consumer", string>;
let case1: string;
let case6: string;

const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const euros = (amount: number) => amount * 100;
const money = (category: BenefitCategory, beneficiary: BenefitBeneficiary, amount: number) => ({
  category,
  beneficiary,
  amountCents: euros(amount),
});
const effect = (category: BenefitCategory) => ({ category, beneficiary: null, amountCents: null });

const CLIENT_NAME = "Fatima de Vries";
const QUESTION = "Sociale Zaken vraagt € 1.800 terug van mevrouw De Vries; 5% ingehouden op de bijstand.";

async function domain(code: string, nameNl: string, parentId?: string) {
  const category = code.startsWith("belasting")
    ? "BELASTINGEN"
    : code.startsWith("sociale")
      ? "SOCIALE_ZEKERHEID"
      : "CONSUMENT_EN_OVEREENKOMSTEN";
  return (
    await db.legalDomain.upsert({
      where: { code },
      create: { code, nameNl, nameEn: nameNl, parentId, juridischLoketCategory: category },
      update: {},
    })
  ).id;
}

type CaseSpec = {
  closedAt: Date | null;
  legalDomainId: string;
  items: { category: BenefitCategory; beneficiary: BenefitBeneficiary | null; amountCents: number | null }[];
  /** Minutes per entry: [kind, minutes, on the visit only]. */
  time?: ["CONSULTATION" | "AFTERCARE" | "COORDINATION", number, boolean?][];
  visitCategoryId?: string | null;
};

/** A case as the desk and the advisor leave it: a client with contact details, the visit, time entries and benefits. */
async function createCase(library: Library, spec: CaseSpec) {
  const organisationId = library.organisation.id;
  const advisor = library.advisors[0];
  const client = await db.client.create({
    data: {
      organisationId,
      displayName: CLIENT_NAME,
      phone: "06 1234 5678",
      email: "f.devries@example.nl",
      birthYear: 1984,
      postcodeArea: "7551",
    },
  });
  const openedAt = spec.closedAt ? new Date(spec.closedAt.getTime() - 20 * 24 * 3600_000) : NOW;
  const created = await db.case.create({
    data: {
      organisationId,
      clientId: client.id,
      responsibleAdvisorId: advisor.userId,
      question: QUESTION,
      openedAt,
      status: spec.closedAt ? "CLOSED" : "OPEN",
      outcome: spec.closedAt ? "SOLVED" : null,
      closedAt: spec.closedAt,
      legalDomains: { create: { legalDomainId: spec.legalDomainId, primary: true } },
      actions: {
        create: [
          {
            organisationId,
            kind: "OBJECTION_LETTER",
            description: `Bezwaar geschreven voor ${CLIENT_NAME}`,
            performedById: advisor.userId,
            performedAt: openedAt,
          },
        ],
      },
      costBenefitItems: {
        create: spec.items.map((item) => ({
          ...item,
          organisationId,
          description: `Afspraak met ${CLIENT_NAME}`,
          recordedById: advisor.userId,
        })),
      },
    },
  });
  const visit = await db.visit.create({
    data: {
      organisationId,
      locationId: library.location.id,
      clientId: client.id,
      caseId: created.id,
      kind: "WALK_IN",
      status: "DONE",
      startedAt: openedAt,
      categoryId: spec.visitCategoryId ?? null,
    },
  });
  for (const [kind, minutes, onVisitOnly] of spec.time ?? []) {
    await db.timeEntry.create({
      data: {
        organisationId,
        userId: advisor.userId,
        enteredById: advisor.userId,
        kind,
        minutes,
        workedOn: dateColumn("2026-06-01"),
        caseId: onVisitOnly ? null : created.id,
        visitId: visit.id,
      },
    });
  }
  return { caseId: created.id, clientId: client.id };
}

async function question(
  library: Library,
  categoryId: string | null,
  startedAt: Date,
  status: "DONE" | "WAITING" = "DONE",
) {
  await db.visit.create({
    data: {
      organisationId: library.organisation.id,
      locationId: library.location.id,
      clientId: library.client.id,
      kind: "WALK_IN",
      status,
      startedAt,
      categoryId,
    },
  });
}

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  const socialSecurity = await domain("sociale-zekerheid", "Sociale zekerheid");
  const tax = await domain("belastingrecht", "Belastingrecht");
  domains = {
    socialSecurity,
    assistance: await domain("sociale-zekerheid.participatiewet", "Participatiewet (bijstand)", socialSecurity),
    tax,
    allowances: await domain("belastingrecht.toeslagen", "Toeslagen", tax),
    consumer: await domain("consumentenzaken", "Consumentenzaken"),
  };
  // The seed's rate, the report's € 80 + € 30 + € 10.
  for (const library of [a, b]) {
    await db.costRate.create({
      data: {
        organisationId: library.organisation.id,
        validFrom: dateColumn("2025-01-01"),
        advisorHourCents: 8000,
        projectHourCents: 3000,
        serviceHourCents: 1000,
      },
    });
  }

  // Case 1: two hours, of which the half-hour conversation was booked on the visit before the dossier existed.
  ({ caseId: case1 } = await createCase(a, {
    closedAt: amsterdamMoment("2026-03-10", 14 * 60),
    legalDomainId: domains.assistance,
    // The desk guessed consumer affairs; the advisor's domain counts.
    visitCategoryId: domains.consumer,
    time: [
      ["CONSULTATION", 30, true],
      ["AFTERCARE", 90],
      ["COORDINATION", 45],
    ],
    items: [
      money("INCOME_IMPROVEMENT", "CLIENT", 600),
      money("AVOIDED_LEGAL_AID", "GOVERNMENT", 800),
      money("AVOIDED_SPECIAL_ASSISTANCE", "GOVERNMENT", 214),
      effect("TRUST_IN_GOVERNMENT"),
      effect("WELLBEING"),
      effect("SELF_RELIANCE"),
    ],
  }));
  // Case 6: two hours, one aftercare entry corrected down by ten minutes.
  ({ caseId: case6 } = await createCase(a, {
    closedAt: amsterdamMoment("2026-09-15", 11 * 60),
    legalDomainId: domains.allowances,
    visitCategoryId: domains.tax,
    time: [
      ["CONSULTATION", 30],
      ["AFTERCARE", 100],
    ],
    items: [
      money("INCOME_IMPROVEMENT", "CLIENT", 888),
      effect("WELLBEING"),
      effect("TRUST_IN_GOVERNMENT"),
      effect("SELF_RELIANCE"),
      money("AVOIDED_DEBT_HELP", "GOVERNMENT", 180),
      money("AVOIDED_COLLECTION_COSTS", "GOVERNMENT", 150),
    ],
  }));
  const aftercare = await db.timeEntry.findFirstOrThrow({ where: { caseId: case6, kind: "AFTERCARE" } });
  await db.timeEntry.create({
    data: { ...aftercare, id: undefined, createdAt: undefined, minutes: -10, correctsId: aftercare.id },
  });

  // Not counted: closed without benefits (its question does count), open with benefits, closed a
  // minute before the year began (Amsterdam time), and another library's case.
  await createCase(a, {
    closedAt: amsterdamMoment("2026-05-01", 10 * 60),
    legalDomainId: domains.assistance,
    items: [],
  });
  await createCase(a, { closedAt: null, legalDomainId: domains.tax, items: [money("CLAIM_REDUCED", "CLIENT", 400)] });
  await createCase(a, {
    closedAt: amsterdamMoment("2025-12-31", 23 * 60 + 59),
    legalDomainId: domains.tax,
    items: [money("CLAIM_REDUCED", "CLIENT", 400)],
  });
  await createCase(b, {
    closedAt: amsterdamMoment("2026-04-01", 10 * 60),
    legalDomainId: domains.tax,
    time: [["AFTERCARE", 600]],
    items: [money("CLAIM_REDUCED", "CLIENT", 99_999)],
  });

  // The questions of the year: the four case visits above in the year (case 1, case 6, the one
  // without benefits, the open one), two more on tax, three on consumer affairs, one without a
  // domain; a client still waiting and a question of the year before do not count.
  for (const categoryId of [domains.tax, domains.tax, domains.consumer, domains.consumer, domains.consumer, null])
    await question(a, categoryId, amsterdamMoment("2026-06-02", 600));
  await question(a, domains.tax, amsterdamMoment("2026-06-02", 600), "WAITING");
  await question(a, domains.tax, amsterdamMoment("2025-06-02", 600));
});

describe("getCostBenefitOverview", () => {
  it("reproduces the report's cases 1 and 6 from the database: costs, benefits per beneficiary, net and government net per case", async () => {
    const overview = await getCostBenefitOverview(a.coordinator, YEAR, NOW);
    expect(overview.rows).toEqual([
      expect.objectContaining({
        number: 1,
        domain: { id: domains.socialSecurity, nameNl: "Sociale zekerheid", nameEn: "Sociale zekerheid" },
        closedMonth: "2026-03",
        minutes: 120,
        hourlyCostCents: 12_000,
        costs: { advisorCents: euros(160), projectCents: euros(60), serviceCents: euros(20), totalCents: euros(240) },
        clientBenefitsCents: euros(600),
        governmentBenefitsCents: euros(1014),
        benefitsCents: euros(1614),
        netCents: euros(1374),
        governmentNetCents: euros(774),
        unquantified: ["TRUST_IN_GOVERNMENT", "WELLBEING", "SELF_RELIANCE"],
        storyCaseId: null,
      }),
      expect.objectContaining({
        number: 2,
        domain: expect.objectContaining({ nameNl: "Belastingrecht" }),
        closedMonth: "2026-09",
        minutes: 120,
        costs: expect.objectContaining({ totalCents: euros(240) }),
        benefitsCents: euros(1218),
        clientBenefitsCents: euros(888),
        netCents: euros(978),
        governmentNetCents: euros(90),
      }),
    ]);
    expect(overview.closedCases).toBe(3);
    expect(overview.closedWithoutBenefits).toBe(1);
  });

  it("totals, averages and splits them: € 2.352 net, € 1.176 per case, 63% for clients and 37% for the government", async () => {
    const { totals, effects } = await getCostBenefitOverview(a.coordinator, YEAR, NOW);
    expect(totals).toMatchObject({
      minutes: 240,
      costs: { advisorCents: euros(320), projectCents: euros(120), serviceCents: euros(40), totalCents: euros(480) },
      clientBenefitsCents: euros(1488),
      governmentBenefitsCents: euros(1344),
      benefitsCents: euros(2832),
      netCents: euros(2352),
      governmentNetCents: euros(864),
      averageNetCents: euros(1176),
    });
    expect(totals.netSplit && [formatShare(totals.netSplit.client), formatShare(totals.netSplit.government)]).toEqual([
      "63%",
      "37%",
    ]);
    expect(effects).toEqual([
      { category: "WELLBEING", cases: 2 },
      { category: "TRUST_IN_GOVERNMENT", cases: 2 },
      { category: "SELF_RELIANCE", cases: 2 },
      { category: "AVOIDED_CARE_COSTS", cases: 0 },
    ]);
  });

  it("extrapolates as the report does: the cases' legal domains hold 6 of the 10 questions, so € 1.176 × 6 = € 7.056, split by the net split", async () => {
    const { extrapolation } = await getCostBenefitOverview(a.coordinator, YEAR, NOW);
    expect(extrapolation).toEqual({
      questions: 10,
      represented: { part: 6, whole: 10 },
      domains: [expect.objectContaining({ id: domains.socialSecurity }), expect.objectContaining({ id: domains.tax })],
      cases: 6,
      netCents: euros(7056),
      clientCents: euros(4464),
      governmentCents: euros(2592),
    });
  });

  it("charges each case the rate valid on its close date: a new rate from 1 July changes case 6, not case 1", async () => {
    expect(
      await setCostRate(a.coordinator, {
        validFrom: "2026-07-01",
        advisorHour: "90",
        projectHour: "30",
        serviceHour: "10",
      }),
    ).toMatchObject({ ok: true });
    const { rows, totals, currentRate } = await getCostBenefitOverview(a.coordinator, YEAR, NOW);
    expect(rows.map((row) => [row.hourlyCostCents, row.costs.totalCents, row.netCents])).toEqual([
      [12_000, euros(240), euros(1374)],
      [13_000, euros(260), euros(958)],
    ]);
    expect(totals).toMatchObject({
      costs: expect.objectContaining({ totalCents: euros(500) }),
      netCents: euros(2332),
      averageNetCents: euros(1166),
    });
    expect(currentRate).toEqual({ advisorHourCents: 9000, projectHourCents: 3000, serviceHourCents: 1000 });
  });

  it("counts nothing of another organisation, and says so when a period has no cases", async () => {
    const other = await getCostBenefitOverview(b.coordinator, YEAR, NOW);
    expect(other.rows.map((row) => row.clientBenefitsCents)).toEqual([euros(99_999)]);
    expect(other.extrapolation?.questions).toBe(1);
    const empty = await getCostBenefitOverview(a.coordinator, { from: "2024-01-01", to: "2024-12-31" }, NOW);
    expect(empty).toMatchObject({
      rows: [],
      closedCases: 0,
      extrapolation: null,
      totals: { netCents: 0, averageNetCents: null, netSplit: null },
    });
  });

  it("holds no client data: no name, contact details, question, free text or dossier id except the consented story link", async () => {
    const text = JSON.stringify(await getCostBenefitOverview(a.coordinator, YEAR, NOW));
    for (const personal of [
      "Fatima",
      "Vries",
      "06 1234",
      "example.nl",
      "1984",
      "7551",
      "Sociale Zaken vraagt",
      "Afspraak met",
      "Bezwaar geschreven",
      case1,
      case6,
    ])
      expect(text).not.toContain(personal);
  });

  it("is for the coordinator only", async () => {
    for (const actor of [a.host, a.advisors[0], a.admin])
      await expect(getCostBenefitOverview(actor, YEAR)).rejects.toThrow("refusals.auth.forbidden");
    await expect(getCostBenefitOverview(null, YEAR)).rejects.toThrow("refusals.auth.unauthenticated");
  });
});

describe("the export tables", () => {
  it("give the page's totals, amounts as exact decimal text in a CSV and as numbers in an .xlsx", async () => {
    const overview = await getCostBenefitOverview(a.coordinator, YEAR, NOW);
    const translate = (key: string, values?: Record<string, string | number>) =>
      `${key}${values ? JSON.stringify(values) : ""}`;
    const csv = costBenefitTables(overview, "csv", translate, "nl");
    const total = csv.cases.rows.at(-1);
    expect(total).toMatchObject({
      case: "costBenefit.total",
      minutes: 240,
      costs: "480,00",
      client: "1488,00",
      government: "1344,00",
      net: "2352,00",
      governmentNet: "864,00",
    });
    expect(toCsv(csv.cases.rows, csv.cases.columns).split("\r\n")[1]).toContain(
      ";120;120,00;240,00;600,00;1014,00;1614,00;1374,00;774,00;",
    );
    const xlsx = costBenefitTables(overview, "xlsx", translate, "nl");
    expect(xlsx.cases.rows.at(-1)).toMatchObject({ costs: 480, net: 2352 });
    expect(xlsx.summary.rows).toContainEqual({ label: "costBenefit.exportAverageNet", value: 1176 });
    expect(xlsx.summary.rows).toContainEqual({ label: "costBenefit.exportClientShare", value: "63%" });
  });
});

describe("setCostRate", () => {
  it("sets a rate from a date in euros, once per date, audited; refuses bad amounts in Dutch and other roles", async () => {
    expect(
      await setCostRate(a.coordinator, {
        validFrom: "2027-01-01",
        advisorHour: "82,50",
        projectHour: "€ 30,-",
        serviceHour: "0",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await db.costRate.findFirst({
        where: { organisationId: a.organisation.id, validFrom: dateColumn("2027-01-01") },
      }),
    ).toMatchObject({
      advisorHourCents: 8250,
      projectHourCents: 3000,
      serviceHourCents: 0,
    });
    expect(
      await db.auditEvent.findFirst({ where: { organisationId: a.organisation.id, action: "costRate.create" } }),
    ).toMatchObject({ access: "WRITE", actorId: a.coordinator.userId });
    expect(
      await setCostRate(a.coordinator, {
        validFrom: "2027-01-01",
        advisorHour: "90",
        projectHour: "30",
        serviceHour: "10",
      }),
    ).toEqual({
      ok: false,
      error: RATE_EXISTS,
      fieldErrors: { validFrom: [RATE_EXISTS] },
    });
    // The same date is free for another organisation.
    expect(
      await setCostRate(b.coordinator, {
        validFrom: "2027-01-01",
        advisorHour: "90",
        projectHour: "30",
        serviceHour: "10",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await setCostRate(a.coordinator, {
        validFrom: "2027-02-30",
        advisorHour: "tachtig",
        projectHour: "30",
        serviceHour: "1.500",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        validFrom: ["refusals.common.dayNotReal"],
        advisorHour: ["refusals.costs.advisorHour"],
        serviceHour: ["refusals.costs.hourTooHigh"],
      },
    });
    expect(
      await setCostRate(a.coordinator, {
        validFrom: "2027-03-01",
        advisorHour: "0",
        projectHour: "0",
        serviceHour: "0",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { advisorHour: ["refusals.costs.hourIsFree"] },
    });
    for (const actor of [a.host, a.advisors[0], a.admin]) {
      expect(
        await setCostRate(actor, { validFrom: "2027-04-01", advisorHour: "90", projectHour: "30", serviceHour: "10" }),
      ).toEqual({ ok: false, error: "refusals.auth.forbidden" });
    }
    expect(await db.costRate.count({ where: { organisationId: a.organisation.id } })).toBe(2);
  });
});

describe("costBenefitPeriod", () => {
  it("defaults to the last twelve months up to today, and says so when a period is wrong", () => {
    expect(costBenefitPeriod({}, NOW)).toEqual({ period: { from: "2026-01-01", to: "2026-12-01" }, error: null });
    expect(costBenefitPeriod({ van: "2026-03-01", tot: "2026-03-31" }, NOW)).toEqual({
      period: { from: "2026-03-01", to: "2026-03-31" },
      error: null,
    });
    for (const query of [
      { van: "2026-04-01", tot: "2026-03-31" },
      { van: "2026-02-30", tot: "2026-03-31" },
      { van: "2026-01-01" },
      { van: ["2026-01-01"], tot: "2026-02-01" },
    ]) {
      expect(costBenefitPeriod(query, NOW)).toEqual({
        period: { from: "2026-01-01", to: "2026-12-01" },
        error: PERIOD_INVALID,
      });
    }
  });
});

describe("getStoryCase", () => {
  it("is null without the client's consent, and after it was withdrawn; every look audited", async () => {
    expect(await getStoryCase(a.coordinator, case1, NOW)).toBeNull();
    await recordStoryConsent(a.advisors[0], { caseId: case1, given: true }, { now: NOW });
    expect(await getStoryCase(a.coordinator, case1, NOW)).not.toBeNull();
    await recordStoryConsent(a.advisors[0], { caseId: case1, given: false }, { now: NOW });
    expect(await getStoryCase(a.coordinator, case1, NOW)).toBeNull();
    expect(
      (await db.auditEvent.findMany({ where: { entityId: case1, access: "READ" }, orderBy: { id: "asc" } })).map(
        (event) => [event.action, event.actorId],
      ),
    ).toEqual([
      ["case.story_refused", a.coordinator.userId],
      ["case.story_read", a.coordinator.userId],
      ["case.story_refused", a.coordinator.userId],
    ]);
  });

  it("with consent tells the case without name, contact details, birth year, postcode, question or any free text", async () => {
    await recordStoryConsent(a.advisors[0], { caseId: case1, given: true }, { now: NOW });
    const story = await getStoryCase(a.coordinator, case1, NOW);
    expect(story).toMatchObject({
      municipality: "Teststad",
      ageBand: { from: 40, to: 49 },
      domain: expect.objectContaining({ nameNl: "Sociale zekerheid" }),
      subDomain: expect.objectContaining({ nameNl: "Participatiewet (bijstand)" }),
      outcome: "SOLVED",
      openedMonth: "2026-02",
      closedMonth: "2026-03",
      actions: ["OBJECTION_LETTER"],
      hourlyCostCents: 12_000,
      result: expect.objectContaining({
        minutes: 120,
        netCents: euros(1374),
        clientBenefitsCents: euros(600),
        governmentNetCents: euros(774),
      }),
    });
    expect(story?.benefits).toEqual([
      money("INCOME_IMPROVEMENT", "CLIENT", 600),
      money("AVOIDED_LEGAL_AID", "GOVERNMENT", 800),
      money("AVOIDED_SPECIAL_ASSISTANCE", "GOVERNMENT", 214),
    ]);
    const text = JSON.stringify(story);
    for (const personal of [
      "Fatima",
      "Vries",
      "06 1234",
      "example.nl",
      "1984",
      "7551",
      "Sociale Zaken vraagt",
      "Afspraak met",
      "Bezwaar geschreven",
    ])
      expect(text).not.toContain(personal);
    // The overview links to it now.
    expect((await getCostBenefitOverview(a.coordinator, YEAR, NOW)).rows.map((row) => row.storyCaseId)).toEqual([
      case1,
      null,
    ]);
  });

  it("is the coordinator's, of their own organisation, and never of an anonymised client", async () => {
    await recordStoryConsent(a.advisors[0], { caseId: case1, given: true }, { now: NOW });
    expect(await getStoryCase(b.coordinator, case1, NOW)).toBeNull();
    for (const actor of [a.host, a.advisors[0], a.admin])
      await expect(getStoryCase(actor, case1)).rejects.toThrow("refusals.auth.forbidden");
    const { clientId } = await db.case.findUniqueOrThrow({ where: { id: case1 } });
    await db.client.update({ where: { id: clientId }, data: { anonymisedAt: NOW } });
    expect(await getStoryCase(a.coordinator, case1, NOW)).toBeNull();
  });
});
