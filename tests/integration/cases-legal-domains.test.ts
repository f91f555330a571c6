import { beforeEach, describe, expect, it } from "vitest";
import { addCaseLegalDomain, removeCaseLegalDomain } from "@/lib/cases/case-legal-domains";
import { db } from "@/lib/db";
import { getMonitoringFigures } from "@/lib/reports/monitoring";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let tax: string;
let debts: string;
let debtsBailiff: string;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  tax = (await topLevelCategory()).id;
  const top = await db.legalDomain.upsert({
    where: { code: "schulden" },
    create: { code: "schulden", nameNl: "Schulden", nameEn: "Debts", juridischLoketCategory: "SCHULDEN" },
    update: {},
  });
  debts = top.id;
  debtsBailiff = (
    await db.legalDomain.upsert({
      where: { code: "schulden.beslag" },
      create: {
        code: "schulden.beslag",
        nameNl: "Beslag",
        nameEn: "Attachment",
        juridischLoketCategory: "SCHULDEN",
        parentId: top.id,
      },
      update: {},
    })
  ).id;
});

const dossierOf = (library: Library, extra: { status?: "CLOSED" } = {}) =>
  db.case.create({
    data: {
      organisationId: library.organisation.id,
      clientId: library.client.id,
      responsibleAdvisorId: library.advisors[0].userId,
      question: "Toeslag terug, en nu beslag",
      openedAt: NOW,
      legalDomains: { create: { legalDomainId: tax, primary: true } },
      ...(extra.status ? { status: "CLOSED", closedAt: NOW, outcome: "SOLVED" } : {}),
    },
  });
const domainsOf = async (caseId: string) =>
  (await db.caseLegalDomain.findMany({ where: { caseId }, orderBy: { primary: "desc" } })).map((row) => [
    row.legalDomainId,
    row.primary,
  ]);

describe("a dossier with more than one legal domain", () => {
  it("adds and removes an additional domain, keeps the primary, and audits both", async () => {
    const advisor = a.advisors[0];
    const dossier = await dossierOf(a);
    expect(await addCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: debtsBailiff })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await domainsOf(dossier.id)).toEqual([
      [tax, true],
      [debtsBailiff, false],
    ]);
    expect(await addCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: debtsBailiff })).toMatchObject({
      fieldErrors: { legalDomainId: ["refusals.cases.domainAlreadyOn"] },
    });
    expect(await removeCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: tax })).toMatchObject({
      error: "refusals.cases.domainPrimary",
    });
    expect(await removeCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: debtsBailiff })).toMatchObject({
      ok: true,
    });
    expect(await domainsOf(dossier.id)).toEqual([[tax, true]]);
    expect(
      await db.auditEvent.count({
        where: { entityId: dossier.id, action: { in: ["case.domain_add", "case.domain_remove"] } },
      }),
    ).toBe(2);
  });

  it("refuses a closed dossier, an unknown domain, one the advisor cannot read and another library's", async () => {
    const closed = await dossierOf(a, { status: "CLOSED" });
    expect(await addCaseLegalDomain(a.advisors[0], { caseId: closed.id, legalDomainId: debts })).toMatchObject({
      error: "refusals.cases.domainsCaseClosed",
    });
    const dossier = await dossierOf(a);
    expect(
      await addCaseLegalDomain(a.advisors[0], { caseId: dossier.id, legalDomainId: "bestaat-niet" }),
    ).toMatchObject({
      fieldErrors: { legalDomainId: ["refusals.cases.domainNotFound"] },
    });
    for (const stranger of [a.advisors[1], b.advisors[0]])
      expect(await addCaseLegalDomain(stranger, { caseId: dossier.id, legalDomainId: debts })).toMatchObject({
        error: "refusals.cases.notFound",
      });
    expect(await domainsOf(dossier.id)).toEqual([[tax, true]]);
  });

  it("monitoring counts each question once under its primary domain and shows the other domains beside it", async () => {
    const advisor = a.advisors[0];
    for (let i = 0; i < 6; i++) {
      const dossier = await dossierOf(a);
      // Both the debts domain and one of its sub-domains: the question counts once under debts.
      await addCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: debts });
      await addCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: debtsBailiff });
    }
    const figures = await getMonitoringFigures(a.coordinator, { from: "2026-12-01", to: "2026-12-01" }, NOW);
    if (!figures.ok) throw new Error(JSON.stringify(figures));
    const { legalDomains } = figures.value;
    expect(legalDomains.top.find((row) => row.code === "belastingrecht")?.count).toBe(6);
    expect(legalDomains.top.find((row) => row.code === "schulden")).toBeUndefined();
    expect(legalDomains.others).toEqual([expect.objectContaining({ code: "schulden", count: 6, percent: 100 })]);
    expect(legalDomains.total).toBe(6);
  });
});
