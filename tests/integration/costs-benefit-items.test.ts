import { beforeEach, describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { addBenefitItem } from "@/lib/costs/add-benefit-item";
import { getCaseBenefits } from "@/lib/costs/queries";
import { recordStoryConsent } from "@/lib/costs/record-story-consent";
import { BENEFIT_NOT_FOUND, removeBenefitItem } from "@/lib/costs/remove-benefit-item";
import { actorOf, createUser } from "../support/factories";
import { createDeskLibrary, NOW } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
type Actor = Library["host"];
let a: Library;
let b: Library;
let advisor: Actor;
let colleague: Actor;
let supervisor: Actor;
let caseId: string;

const FORBIDDEN = { ok: false, error: "refusals.auth.forbidden" };
const NOT_FOUND = { ok: false, error: "refusals.cases.notFound" };

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  colleague = a.advisors[0];
  // A volunteer's dossier: their supervising professional may work on it too, a colleague may not.
  supervisor = actorOf(await createUser(a.organisation.id, "ADVISOR"));
  const volunteer = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  await db.user.update({ where: { id: volunteer.id }, data: { supervisorId: supervisor.userId } });
  advisor = actorOf(volunteer);
  caseId = (
    await db.case.create({
      data: {
        organisationId: a.organisation.id,
        clientId: a.client.id,
        responsibleAdvisorId: advisor.userId,
        question: "Bijstand deels teruggevraagd",
      },
    })
  ).id;
});

const itemsOf = (id: string) => db.costBenefitItem.findMany({ where: { caseId: id }, orderBy: { createdAt: "asc" } });

describe("addBenefitItem", () => {
  it("records money for the client or the government in cents, and an effect without amount or beneficiary; each write audited", async () => {
    expect(
      await addBenefitItem(advisor, {
        caseId,
        category: "INCOME_IMPROVEMENT",
        amount: "600",
        beneficiary: "CLIENT",
        description: "€ 50 per maand niet meer ingehouden",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await addBenefitItem(supervisor, {
        caseId,
        category: "AVOIDED_SPECIAL_ASSISTANCE",
        amount: "€ 214,-",
        beneficiary: "GOVERNMENT",
        description: "",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await addBenefitItem(advisor, { caseId, category: "WELLBEING", amount: "", beneficiary: "", description: "" }),
    ).toMatchObject({ ok: true });
    expect(
      (await itemsOf(caseId)).map(({ category, beneficiary, amountCents, description, recordedById }) => ({
        category,
        beneficiary,
        amountCents,
        description,
        recordedById,
      })),
    ).toEqual([
      {
        category: "INCOME_IMPROVEMENT",
        beneficiary: "CLIENT",
        amountCents: 60_000,
        description: "€ 50 per maand niet meer ingehouden",
        recordedById: advisor.userId,
      },
      {
        category: "AVOIDED_SPECIAL_ASSISTANCE",
        beneficiary: "GOVERNMENT",
        amountCents: 21_400,
        description: null,
        recordedById: supervisor.userId,
      },
      { category: "WELLBEING", beneficiary: null, amountCents: null, description: null, recordedById: advisor.userId },
    ]);
    const audit = await db.auditEvent.findMany({
      where: { organisationId: a.organisation.id, action: "benefit.add" },
      orderBy: { id: "asc" },
    });
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({
      access: "WRITE",
      actorId: advisor.userId,
      clientId: a.client.id,
      details: { caseId, category: "INCOME_IMPROVEMENT", beneficiary: "CLIENT", amountCents: 60_000 },
    });
    // The advisor's free text stays out of the audit trail.
    expect(JSON.stringify(audit[0].details)).not.toContain("ingehouden");
  });

  it("refuses, in Dutch and writing nothing, an amount without beneficiary, an effect with an amount, a missing amount and an unreadable one", async () => {
    const refusals: [Record<string, string>, Record<string, string[]>][] = [
      [
        { category: "AVOIDED_LEGAL_AID", amount: "800", beneficiary: "" },
        { beneficiary: ["refusals.reports.chooseBeneficiary"] },
      ],
      [{ category: "WELLBEING", amount: "50", beneficiary: "" }, { amount: ["refusals.reports.effectHasNoAmount"] }],
      [
        { category: "TRUST_IN_GOVERNMENT", amount: "", beneficiary: "CLIENT" },
        { beneficiary: ["refusals.reports.beneficiaryOnlyWithAmount"] },
      ],
      [
        { category: "CLAIM_REDUCED", amount: "", beneficiary: "CLIENT" },
        { amount: ["refusals.reports.amountRequired"] },
      ],
      [
        { category: "CLAIM_REDUCED", amount: "vierhonderd", beneficiary: "CLIENT" },
        { amount: ["refusals.reports.amountHint"] },
      ],
      [{ category: "", amount: "400", beneficiary: "CLIENT" }, { category: ["refusals.reports.chooseCategory"] }],
    ];
    for (const [input, fieldErrors] of refusals) {
      expect(await addBenefitItem(advisor, { caseId, ...input })).toEqual({
        ok: false,
        error: "refusals.common.invalidInput",
        fieldErrors,
      });
    }
    expect(await itemsOf(caseId)).toEqual([]);
    expect(await db.auditEvent.count({ where: { organisationId: a.organisation.id, action: "benefit.add" } })).toBe(0);
  });

  it("is only for advisors who may read the case: hosts, coordinators and admins are refused; a colleague or another library does not find it", async () => {
    const input = { caseId, category: "CLAIM_REDUCED", amount: "400", beneficiary: "CLIENT" };
    for (const actor of [a.host, a.coordinator, a.admin]) expect(await addBenefitItem(actor, input)).toEqual(FORBIDDEN);
    expect(await addBenefitItem(null, input)).toEqual({
      ok: false,
      error: "refusals.auth.unauthenticated",
    });
    expect(await addBenefitItem(colleague, input)).toEqual(NOT_FOUND);
    expect(await addBenefitItem(b.advisors[0], input)).toEqual(NOT_FOUND);
    await db.case.update({ where: { id: caseId }, data: { anonymisedAt: NOW } });
    expect(await addBenefitItem(advisor, input)).toEqual(NOT_FOUND);
    expect(await itemsOf(caseId)).toEqual([]);
  });

  it("also on a closed case: what an objection brings is often known after closing", async () => {
    await db.case.update({ where: { id: caseId }, data: { status: "CLOSED", outcome: "SOLVED", closedAt: NOW } });
    expect(
      await addBenefitItem(advisor, { caseId, category: "REPAYMENT_CANCELLED", amount: "500", beneficiary: "CLIENT" }),
    ).toMatchObject({ ok: true });
  });
});

describe("removeBenefitItem", () => {
  it("takes a benefit off for an advisor who may read the case, audited with what it was; refuses everyone else", async () => {
    await addBenefitItem(advisor, { caseId, category: "AVOIDED_DEBT_HELP", amount: "180", beneficiary: "GOVERNMENT" });
    const [item] = await itemsOf(caseId);
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await removeBenefitItem(actor, { benefitItemId: item.id })).toEqual(FORBIDDEN);
    for (const actor of [colleague, b.advisors[0]])
      expect(await removeBenefitItem(actor, { benefitItemId: item.id })).toEqual({
        ok: false,
        error: BENEFIT_NOT_FOUND,
      });
    expect(await itemsOf(caseId)).toHaveLength(1);

    expect(await removeBenefitItem(supervisor, { benefitItemId: item.id })).toEqual({ ok: true, value: undefined });
    expect(await itemsOf(caseId)).toEqual([]);
    expect(await db.auditEvent.findFirst({ where: { action: "benefit.remove", entityId: item.id } })).toMatchObject({
      actorId: supervisor.userId,
      clientId: a.client.id,
      details: { caseId, category: "AVOIDED_DEBT_HELP", beneficiary: "GOVERNMENT", amountCents: 18_000 },
    });
    expect(await removeBenefitItem(supervisor, { benefitItemId: item.id })).toEqual({
      ok: false,
      error: BENEFIT_NOT_FOUND,
    });
  });
});

describe("the benefits on the dossier page", () => {
  it("show the case's costs and net as the report counts them: consultation and aftercare time, also the conversation booked on the visit, corrections included", async () => {
    const advisorId = advisor.userId;
    const base = {
      organisationId: a.organisation.id,
      userId: advisorId,
      enteredById: advisorId,
      workedOn: dateColumn("2026-12-01"),
    };
    // The desk books a conversation on the visit before the dossier exists; the visit now belongs to the case.
    const visit = await db.visit.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId: a.client.id,
        caseId,
        kind: "WALK_IN",
        status: "DONE",
        startedAt: NOW,
      },
    });
    await db.timeEntry.create({ data: { ...base, kind: "CONSULTATION", minutes: 25, visitId: visit.id } });
    const aftercare = await db.timeEntry.create({ data: { ...base, kind: "AFTERCARE", minutes: 90, caseId } });
    await db.timeEntry.create({ data: { ...base, kind: "AFTERCARE", minutes: -5, caseId, correctsId: aftercare.id } });
    // Counted once although it names both the case and the visit.
    await db.timeEntry.create({ data: { ...base, kind: "CONSULTATION", minutes: 10, caseId, visitId: visit.id } });
    // Not advisor time on a case.
    await db.timeEntry.create({ data: { ...base, kind: "COORDINATION", minutes: 60, caseId } });
    await addBenefitItem(advisor, { caseId, category: "INCOME_IMPROVEMENT", amount: "600", beneficiary: "CLIENT" });
    await addBenefitItem(advisor, { caseId, category: "AVOIDED_LEGAL_AID", amount: "800", beneficiary: "GOVERNMENT" });
    await addBenefitItem(advisor, { caseId, category: "SELF_RELIANCE" });

    const benefits = await getCaseBenefits(advisor, caseId, NOW);
    expect(benefits?.items.map((item) => item.category)).toEqual([
      "INCOME_IMPROVEMENT",
      "AVOIDED_LEGAL_AID",
      "SELF_RELIANCE",
    ]);
    expect(benefits?.hourlyCostCents).toBe(12_000);
    expect(benefits?.result).toMatchObject({
      minutes: 120,
      costs: { totalCents: 24_000 },
      benefitsCents: 140_000,
      netCents: 116_000,
      governmentNetCents: 56_000,
      unquantified: ["SELF_RELIANCE"],
    });
    expect(await getCaseBenefits(colleague, caseId)).toBeNull();
    await expect(getCaseBenefits(a.coordinator, caseId)).rejects.toThrow("refusals.auth.forbidden");
  });
});

describe("recordStoryConsent", () => {
  const storyConsents = () =>
    db.consent.findMany({ where: { clientId: a.client.id, purpose: "STORY" }, orderBy: { givenAt: "asc" } });

  it("records the client's consent once and its withdrawal, audited; the dossier page shows it", async () => {
    expect(await recordStoryConsent(advisor, { caseId, given: true }, { now: NOW })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await recordStoryConsent(advisor, { caseId, given: true })).toEqual({ ok: true, value: { changed: false } });
    expect(await storyConsents()).toEqual([
      expect.objectContaining({
        legalBasis: "CONSENT",
        givenAt: NOW,
        withdrawnAt: null,
        recordedById: advisor.userId,
        scope: expect.stringContaining("zonder naam"),
      }),
    ]);
    expect((await getCaseBenefits(advisor, caseId))?.storyConsentGivenAt).toEqual(NOW);

    const later = new Date(NOW.getTime() + 60_000);
    expect(await recordStoryConsent(supervisor, { caseId, given: false }, { now: later })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await storyConsents()).toEqual([expect.objectContaining({ withdrawnAt: later })]);
    expect((await getCaseBenefits(advisor, caseId))?.storyConsentGivenAt).toBeNull();
    expect(
      (
        await db.auditEvent.findMany({
          where: { clientId: a.client.id, action: { startsWith: "consent." } },
          orderBy: { id: "asc" },
        })
      ).map((event) => event.action),
    ).toEqual(["consent.give", "consent.withdraw"]);
  });

  it("is refused to other roles and to advisors without access, writing nothing", async () => {
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await recordStoryConsent(actor, { caseId, given: true })).toEqual(FORBIDDEN);
    for (const actor of [colleague, b.advisors[0]])
      expect(await recordStoryConsent(actor, { caseId, given: true })).toEqual(NOT_FOUND);
    expect(await recordStoryConsent(advisor, { caseId, given: "ja" })).toMatchObject({
      ok: false,
      fieldErrors: { given: ["refusals.costs.chooseStoryConsent"] },
    });
    expect(await storyConsents()).toEqual([]);
  });
});
