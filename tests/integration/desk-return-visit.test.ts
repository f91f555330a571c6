import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookAppointment } from "@/lib/desk/book-appointment";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { searchClients } from "@/lib/desk/search-clients";
import { startConversation } from "@/lib/desk/visit-transitions";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";
import { actorOf, createUser } from "../support/factories";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let categoryId: string;

const QUESTION = "Naheffing CAK eigen bijdrage, beslag op uitkering";

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  categoryId = (await topLevelCategory()).id;
});

/** A dossier of the library's known client, opened two weeks ago, with one of its two advisors. */
async function openDossierOf(library: Library, data: { status?: "OPEN" | "CLOSED"; advisorIndex?: number } = {}) {
  return db.case.create({
    data: {
      organisationId: library.organisation.id,
      clientId: library.client.id,
      responsibleAdvisorId: library.advisors[data.advisorIndex ?? 1].userId,
      question: QUESTION,
      ...(data.status === "CLOSED" ? { status: "CLOSED", closedAt: NOW, outcome: "SOLVED" } : {}),
      openedAt: new Date(NOW.getTime() - 14 * 86_400_000),
    },
    select: { id: true, responsibleAdvisorId: true },
  });
}

const returnVisit = (library: Library, caseId: string | undefined, extra: Record<string, unknown> = {}) => ({
  sessionId: library.session.id,
  categoryId,
  referrerPartnerId: null,
  client: { existingClientId: library.client.id },
  caseId,
  ...extra,
});

const visitCount = () => db.visit.count();

describe("a returning client at the desk", () => {
  it("the search shows an open dossier and its advisor, never its question, and not a closed one", async () => {
    const open = await openDossierOf(a);
    await openDossierOf(a, { status: "CLOSED", advisorIndex: 0 });
    const result = await searchClients(a.host, { query: a.client.displayName });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [match] = result.value;
    const advisor = await db.user.findUniqueOrThrow({ where: { id: a.advisors[1].userId } });
    expect(match.openDossiers).toEqual([{ id: open.id, advisorName: advisor.name, openedAt: expect.any(Date) }]);
    expect(JSON.stringify(result.value)).not.toContain("CAK");
  });

  it("links the walk-in to the open dossier and gives it the dossier's advisor's next free half hour first", async () => {
    const dossier = await openDossierOf(a, { advisorIndex: 1 });
    const result = await registerWalkIn(a.host, returnVisit(a, dossier.id), { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.dossierId).toBe(dossier.id);
    const visit = await db.visit.findUniqueOrThrow({
      where: { id: result.value.visitId },
      select: { caseId: true, slot: { select: { advisorId: true, startsAt: true } } },
    });
    expect(visit.caseId).toBe(dossier.id);
    expect(visit.slot).toEqual({ advisorId: dossier.responsibleAdvisorId, startsAt: a.session.slots[0].startsAt });
  });

  it("prefers the dossier's advisor also when another advisor is free earlier", async () => {
    const dossier = await openDossierOf(a, { advisorIndex: 0 });
    const ownFirst = a.session.slots.find((slot) => slot.advisorId === dossier.responsibleAdvisorId)!;
    await db.visit.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        sessionId: a.session.id,
        slotId: ownFirst.id,
        clientId: (await db.client.create({ data: { organisationId: a.organisation.id, displayName: "Eerder" } })).id,
        kind: "WALK_IN",
        status: "WAITING",
      },
    });
    const result = await registerWalkIn(a.host, returnVisit(a, dossier.id), { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { slot } = await db.visit.findUniqueOrThrow({
      where: { id: result.value.visitId },
      select: { slot: { select: { advisorId: true, startsAt: true } } },
    });
    expect(slot?.advisorId).toBe(dossier.responsibleAdvisorId);
    expect(slot!.startsAt.getTime()).toBeGreaterThan(ownFirst.startsAt.getTime());
  });

  it("refuses a half hour of an advisor who could not open the dossier, chosen or the only ones left", async () => {
    const dossier = await openDossierOf(a, { advisorIndex: 0 });
    // The last half hour: still ahead, so an appointment could be booked in it.
    const otherAdvisorsSlot = a.session.slots.findLast((slot) => slot.advisorId !== dossier.responsibleAdvisorId)!;
    const before = await visitCount();
    expect(
      await registerWalkIn(a.host, returnVisit(a, dossier.id, { slotId: otherAdvisorsSlot.id }), { now: NOW }),
    ).toEqual({
      ok: false,
      error: "refusals.desk.slotNotForDossier",
    });

    expect(
      await bookAppointment(a.host, returnVisit(a, dossier.id, { slotId: otherAdvisorsSlot.id }), { now: NOW }),
    ).toEqual({
      ok: false,
      error: "refusals.desk.slotNotForDossier",
    });
    // The dossier's advisor is fully booked: the free half hours of the other advisor are no way out.
    await db.visit.createMany({
      data: a.session.slots
        .filter((slot) => slot.advisorId === dossier.responsibleAdvisorId)
        .map((slot) => ({
          organisationId: a.organisation.id,
          locationId: a.location.id,
          sessionId: a.session.id,
          slotId: slot.id,
          clientId: a.client.id,
          kind: "APPOINTMENT" as const,
          status: "BOOKED" as const,
        })),
    });
    const booked = await visitCount();
    expect(await registerWalkIn(a.host, returnVisit(a, dossier.id), { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.noFreeSlotForDossier",
    });
    expect(booked - before).toBe(6);
    expect(await visitCount()).toBe(booked);
    // A new question still gets the other advisor's half hour.
    expect((await registerWalkIn(a.host, returnVisit(a, undefined), { now: NOW })).ok).toBe(true);
  });

  it("books an appointment into the open dossier", async () => {
    const dossier = await openDossierOf(a);
    const slot = a.session.slots.findLast((candidate) => candidate.advisorId === dossier.responsibleAdvisorId)!;
    // The session comes with the slot; the schema leaves the walk-in's sessionId aside.
    const result = await bookAppointment(a.host, returnVisit(a, dossier.id, { slotId: slot.id }), { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.dossierId).toBe(dossier.id);
    expect(await db.visit.findUniqueOrThrow({ where: { id: result.value.visitId } })).toMatchObject({
      caseId: dossier.id,
      kind: "APPOINTMENT",
    });
  });

  it("refuses a closed dossier, another client's, another library's, and one for a new client, writing nothing", async () => {
    const closed = await openDossierOf(a, { status: "CLOSED" });
    const otherClient = await db.client.create({ data: { organisationId: a.organisation.id, displayName: "Ander" } });
    const othersDossier = await db.case.create({
      data: { organisationId: a.organisation.id, clientId: otherClient.id, responsibleAdvisorId: a.advisors[0].userId },
    });
    const ofLibraryB = await openDossierOf(b);
    const before = await visitCount();
    for (const caseId of [closed.id, othersDossier.id, ofLibraryB.id]) {
      expect(await registerWalkIn(a.host, returnVisit(a, caseId), { now: NOW })).toEqual({
        ok: false,
        error: "refusals.desk.dossierNotOpen",
      });
    }
    const forNewClient = await registerWalkIn(
      a.host,
      returnVisit(a, closed.id, { client: { newClient: { displayName: "Nieuw" } } }),
      { now: NOW },
    );
    expect(forNewClient).toMatchObject({
      ok: false,
      error: INVALID_INPUT,
      fieldErrors: { caseId: ["refusals.desk.dossierNotOpen"] },
    });
    expect(await visitCount()).toBe(before);
  });

  it("the advisor who starts the conversation goes on in the dossier; the host and an advisor without access do not", async () => {
    const dossier = await openDossierOf(a, { advisorIndex: 0 });
    const register = async () => {
      const result = await registerWalkIn(a.host, returnVisit(a, dossier.id), { now: NOW });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value.visitId;
    };
    expect(await startConversation(a.advisors[0], { visitId: await register() }, { now: NOW })).toEqual({
      ok: true,
      value: { status: "IN_CONVERSATION", dossierId: dossier.id, freed: null },
    });
    expect(await startConversation(a.host, { visitId: await register() }, { now: NOW })).toEqual({
      ok: true,
      value: { status: "IN_CONVERSATION", dossierId: null, freed: null },
    });
    const colleague = actorOf(await createUser(a.organisation.id, "ADVISOR"));
    expect(await startConversation(colleague, { visitId: await register() }, { now: NOW })).toEqual({
      ok: true,
      value: { status: "IN_CONVERSATION", dossierId: null, freed: null },
    });
  });
});
