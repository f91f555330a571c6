import { beforeEach, describe, expect, it } from "vitest";
import { linkVisitToDossier } from "@/lib/cases/link-visit-to-dossier";
import { db } from "@/lib/db";
import { getNewDossierContext } from "@/lib/cases/queries";
import { createDeskLibrary, NOW } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
});

const visitOf = (clientId: string, status: "IN_CONVERSATION" | "WAITING" = "IN_CONVERSATION") =>
  db.visit.create({
    data: {
      organisationId: a.organisation.id,
      locationId: a.location.id,
      clientId,
      kind: "WALK_IN",
      status,
      arrivedAt: NOW,
    },
  });
const dossierOf = (clientId: string, closed = false) =>
  db.case.create({
    data: {
      organisationId: a.organisation.id,
      clientId,
      responsibleAdvisorId: a.advisors[0].userId,
      question: "Aanmaning CJIB",
      ...(closed ? { status: "CLOSED", closedAt: NOW, outcome: "SOLVED" } : {}),
    },
  });

describe("a conversation added to the client's open dossier", () => {
  it("the open-dossier page offers the client's open dossiers, and the visit joins the chosen one", async () => {
    const visit = await visitOf(a.client.id);
    const open = await dossierOf(a.client.id);
    await dossierOf(a.client.id, true);
    const context = await getNewDossierContext(a.advisors[0], visit.id);
    expect(context.openDossiers.map((dossier) => dossier.id)).toEqual([open.id]);

    expect(await linkVisitToDossier(a.advisors[0], { visitId: visit.id, caseId: open.id })).toEqual({
      ok: true,
      value: { caseId: open.id },
    });
    expect((await db.visit.findUniqueOrThrow({ where: { id: visit.id } })).caseId).toBe(open.id);
    expect(await db.auditEvent.count({ where: { action: "case.link_visit", entityId: visit.id } })).toBe(1);
    // Once linked, there is nothing more to link.
    expect(await linkVisitToDossier(a.advisors[0], { visitId: visit.id, caseId: open.id })).toEqual({
      ok: false,
      error: "refusals.cases.visitHasDossier",
    });
  });

  it("refuses a closed dossier, another client's, one the advisor may not read, and a visit not yet in conversation", async () => {
    const visit = await visitOf(a.client.id);
    const closed = await dossierOf(a.client.id, true);
    const other = await db.client.create({ data: { organisationId: a.organisation.id, displayName: "Ander" } });
    const othersDossier = await dossierOf(other.id);
    for (const caseId of [closed.id, othersDossier.id]) {
      expect(await linkVisitToDossier(a.advisors[0], { visitId: visit.id, caseId })).toEqual({
        ok: false,
        error: "refusals.cases.notFound",
      });
    }
    const open = await dossierOf(a.client.id);
    // The volunteer neither holds nor shares nor supervises this dossier.
    expect(await linkVisitToDossier(a.advisors[1], { visitId: visit.id, caseId: open.id })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
    const waiting = await visitOf(a.client.id, "WAITING");
    expect(await linkVisitToDossier(a.advisors[0], { visitId: waiting.id, caseId: open.id })).toEqual({
      ok: false,
      error: "refusals.cases.openDuringConversation",
    });
    expect(await db.visit.count({ where: { clientId: a.client.id, caseId: { not: null } } })).toBe(0);
  });
});
