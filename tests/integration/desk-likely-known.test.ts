import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookAppointment } from "@/lib/desk/book-appointment";
import { mergeDuplicateClient } from "@/lib/clients/merge-clients";
import { listLikelyDuplicatesOfDossierClient } from "@/lib/clients/queries";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { createDeskLibrary, NOW } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
});

type Person = { displayName: string; birthYear?: number; phone?: string };
const walkIn = (library: Library, person: Person, confirmedNewClient?: boolean) =>
  registerWalkIn(
    library.host,
    {
      sessionId: library.session.id,
      categoryId: null,
      client: { newClient: person },
      ...(confirmedNewClient === undefined ? {} : { confirmedNewClient }),
    },
    { now: NOW },
  );
const clientsOf = (library: Library) => db.client.count({ where: { organisationId: library.organisation.id } });
const LIKELY_KNOWN = {
  ok: false,
  error: "refusals.desk.likelyKnown",
  fieldErrors: { confirmedNewClient: ["refusals.desk.confirmNewClient"] },
};

describe("the desk points out a client who is likely known already", () => {
  it("refuses a second record with the same name and birth year, or the same phone, and writes nothing", async () => {
    expect(await walkIn(a, { displayName: "M. de Boer", birthYear: 1961, phone: "0612000001" })).toMatchObject({
      ok: true,
    });
    const before = { clients: await clientsOf(a), visits: await db.visit.count() };
    expect(await walkIn(a, { displayName: "m. de boer", birthYear: 1961 })).toEqual(LIKELY_KNOWN);
    expect(await walkIn(a, { displayName: "Marja de Boer", phone: "06 1200 0001" })).toEqual(LIKELY_KNOWN);
    const appointment = await bookAppointment(
      a.host,
      {
        slotId: a.session.slots.at(-1)!.id,
        categoryId: null,
        client: { newClient: { displayName: "X", phone: "0612000001" } },
      },
      { now: NOW },
    );
    expect(appointment).toEqual(LIKELY_KNOWN);
    expect({ clients: await clientsOf(a), visits: await db.visit.count() }).toEqual(before);
  });

  it("writes the second record when the host confirms it is someone else", async () => {
    await walkIn(a, { displayName: "M. de Boer", birthYear: 1961 });
    expect(await walkIn(a, { displayName: "M. de Boer", birthYear: 1961 }, true)).toMatchObject({ ok: true });
    // The library's own fixture client, and the two records.
    expect(await clientsOf(a)).toBe(3);
  });

  it("does not point at a different birth year, a name alone, another library's client or a merged or erased record", async () => {
    await walkIn(a, { displayName: "K. Smit", birthYear: 1950, phone: "0612000002" });
    expect(await walkIn(a, { displayName: "K. Smit", birthYear: 1951 })).toMatchObject({ ok: true });
    expect(await walkIn(a, { displayName: "K. Smit" })).toMatchObject({ ok: true });
    // A "%" or "_" in a name is a character, not a wildcard.
    expect(await walkIn(a, { displayName: "K. Sm_t", birthYear: 1950 })).toMatchObject({ ok: true });
    expect(await walkIn(a, { displayName: "%", birthYear: 1950 })).toMatchObject({ ok: true });
    expect(await walkIn(b, { displayName: "K. Smit", birthYear: 1950, phone: "0612000002" })).toMatchObject({
      ok: true,
    });
    await db.client.updateMany({
      where: { organisationId: a.organisation.id, displayName: "K. Smit", birthYear: 1950 },
      data: { anonymisedAt: NOW },
    });
    expect(await walkIn(a, { displayName: "K. Smit", birthYear: 1950, phone: "0612000002" })).toMatchObject({
      ok: true,
    });
  });
});

describe("a professional sees the likely second records of a dossier's client", () => {
  it("lists them for a professional who reads the dossier, and for nobody else", async () => {
    await walkIn(a, { displayName: "P. Bakker", birthYear: 1949, phone: "0612000003" });
    await walkIn(a, { displayName: "P. Bakker", birthYear: 1949 }, true);
    const [first, second] = await db.client.findMany({
      where: { organisationId: a.organisation.id, displayName: "P. Bakker" },
      orderBy: { createdAt: "asc" },
    });
    const [professional, volunteer] = a.advisors;
    const dossier = await db.case.create({
      data: {
        organisationId: a.organisation.id,
        clientId: second.id,
        responsibleAdvisorId: professional.userId,
        question: "AOW-brief",
      },
    });
    expect(await listLikelyDuplicatesOfDossierClient(professional, dossier.id)).toEqual([
      expect.objectContaining({ id: first.id, displayName: "P. Bakker", birthYear: 1949, phoneEnd: "003", visits: 1 }),
    ]);
    await db.case.update({ where: { id: dossier.id }, data: { responsibleAdvisorId: volunteer.userId } });
    expect(await listLikelyDuplicatesOfDossierClient(volunteer, dossier.id)).toEqual([]);
    expect(await listLikelyDuplicatesOfDossierClient(professional, dossier.id)).toEqual([]);
    expect(await listLikelyDuplicatesOfDossierClient(b.advisors[0], dossier.id)).toEqual([]);
  });
});

describe("a professional merges a likely second record from the dossier", () => {
  it("merges only a record the dossier points out, into the dossier's client", async () => {
    await walkIn(a, { displayName: "R. Visser", birthYear: 1972 });
    await walkIn(a, { displayName: "R. Visser", birthYear: 1972 }, true);
    await walkIn(a, { displayName: "Iemand anders", birthYear: 1980 });
    const [first, second] = await db.client.findMany({
      where: { organisationId: a.organisation.id, displayName: "R. Visser" },
      orderBy: { createdAt: "asc" },
    });
    const unrelated = await db.client.findFirstOrThrow({ where: { displayName: "Iemand anders" } });
    const [professional, volunteer] = a.advisors;
    const dossier = await db.case.create({
      data: { organisationId: a.organisation.id, clientId: second.id, responsibleAdvisorId: professional.userId },
    });
    const merge = (by: typeof professional, mergeClientId: string) =>
      mergeDuplicateClient(by, { caseId: dossier.id, mergeClientId, confirmation: "SAMENVOEGEN" }, { now: NOW });

    expect(await merge(professional, unrelated.id)).toMatchObject({ error: "refusals.desk.clientNotFound" });
    expect(await merge(volunteer, first.id)).toMatchObject({ error: "refusals.auth.forbidden" });
    expect(await merge(b.advisors[0], first.id)).toMatchObject({ ok: false });
    expect(await merge(professional, first.id)).toMatchObject({ ok: true, value: { caseId: dossier.id, visits: 1 } });
    expect(await db.client.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ mergedIntoId: second.id });
    expect(await db.visit.count({ where: { clientId: second.id } })).toBe(2);
  });
});
