import { beforeEach, describe, expect, it } from "vitest";
import { setCaseOtherParty } from "@/lib/cases/case-other-party";
import { db } from "@/lib/db";
import { searchClients } from "@/lib/desk/search-clients";
import { getLetterContext } from "@/lib/letters/queries";
import {
  addCommonOtherParties,
  createOtherParty,
  deactivateOtherParty,
  reactivateOtherParty,
  updateOtherParty,
} from "@/lib/other-parties/keep-other-parties";
import { listOtherParties, listOtherPartyChoices } from "@/lib/other-parties/queries";
import { COMMON_OTHER_PARTIES } from "@/lib/other-parties/common-list";
import { getMonitoringFigures } from "@/lib/reports/monitoring";
import { createDeskLibrary, NOW } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
});

const dossierOf = (library: Library) =>
  db.case.create({
    data: {
      organisationId: library.organisation.id,
      clientId: library.client.id,
      responsibleAdvisorId: library.advisors[0].userId,
      question: "Naheffing eigen bijdrage Wmo",
      openedAt: NOW,
    },
  });

async function cakOf(library: Library) {
  const created = await createOtherParty(library.coordinator, {
    name: "CAK",
    kind: "CAK",
    department: "afdeling Bezwaar",
    postalAddress: "Postbus 84030",
    postcodeTown: "2508aa  Den Haag",
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.value.otherPartyId;
}

describe("the coordinator's list of other parties", () => {
  it("adds an entry with its address in the form the post expects, and refuses the same name in other letters", async () => {
    const cak = await cakOf(a);
    expect(await db.otherParty.findUniqueOrThrow({ where: { id: cak } })).toMatchObject({
      name: "CAK",
      postcodeTown: "2508 AA Den Haag",
      organisationId: a.organisation.id,
    });
    expect(await createOtherParty(a.coordinator, { name: "cak", kind: "CAK" })).toMatchObject({
      ok: false,
      fieldErrors: { name: [{ key: "refusals.otherParties.nameTaken", values: { name: "CAK" } }] },
    });
    // Another library keeps its own list: the same name is theirs to add.
    expect(await createOtherParty(b.coordinator, { name: "CAK", kind: "CAK" })).toMatchObject({ ok: true });
    expect(
      await createOtherParty(a.coordinator, { name: "UWV", kind: "UWV", postcodeTown: "Amsterdam" }),
    ).toMatchObject({ ok: false, fieldErrors: { postcodeTown: ["refusals.otherParties.postcodeTownFormat"] } });
    expect(await db.otherParty.count({ where: { organisationId: a.organisation.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "other_party.create", entityId: cak } })).toBe(1);
  });

  it("changes an entry, takes it off the list and puts it back, each once", async () => {
    const cak = await cakOf(a);
    expect(
      await updateOtherParty(a.coordinator, {
        otherPartyId: cak,
        name: "CAK",
        kind: "CAK",
        department: "",
        postalAddress: "Postbus 84030",
        postcodeTown: "2508 AA Den Haag",
      }),
    ).toMatchObject({ ok: true });
    expect((await db.otherParty.findUniqueOrThrow({ where: { id: cak } })).department).toBeNull();
    expect(await deactivateOtherParty(a.coordinator, { otherPartyId: cak })).toMatchObject({ ok: true });
    expect(await deactivateOtherParty(a.coordinator, { otherPartyId: cak })).toMatchObject({
      error: "refusals.otherParties.alreadyInactive",
    });
    expect(await listOtherPartyChoices(a.advisors[0])).toEqual([]);
    expect(await reactivateOtherParty(a.coordinator, { otherPartyId: cak })).toMatchObject({ ok: true });
    expect((await listOtherPartyChoices(a.advisors[0])).map((entry) => entry.name)).toEqual(["CAK"]);
  });

  it("adds the national bodies that are missing, once, whatever way the list writes them", async () => {
    await createOtherParty(a.coordinator, { name: "uwv", kind: "UWV" });
    const first = await addCommonOtherParties(a.coordinator, {});
    expect(first).toEqual({ ok: true, value: { added: COMMON_OTHER_PARTIES.length - 1 } });
    expect(await addCommonOtherParties(a.coordinator, {})).toEqual({ ok: true, value: { added: 0 } });
    const list = await listOtherParties(a.coordinator);
    expect(list).toHaveLength(COMMON_OTHER_PARTIES.length);
    expect(list.filter((entry) => entry.name.toLowerCase() === "uwv")).toHaveLength(1);
    expect(await db.otherParty.count({ where: { organisationId: b.organisation.id } })).toBe(0);
  });

  it("is the coordinator's: an advisor, a host or another library's coordinator changes nothing", async () => {
    const cak = await cakOf(a);
    for (const actor of [a.advisors[0], a.host, a.admin])
      expect(await createOtherParty(actor, { name: "DUO", kind: "DUO" })).toMatchObject({ ok: false });
    expect(await deactivateOtherParty(b.coordinator, { otherPartyId: cak })).toMatchObject({
      error: "refusals.otherParties.notFound",
    });
    expect(
      await updateOtherParty(b.coordinator, { otherPartyId: cak, name: "Overgenomen", kind: "OTHER" }),
    ).toMatchObject({ error: "refusals.otherParties.notFound" });
    expect((await db.otherParty.findUniqueOrThrow({ where: { id: cak } })).name).toBe("CAK");
  });
});

describe("a dossier's other party", () => {
  it("is chosen from the list, and the letter's address block comes from it", async () => {
    const cak = await cakOf(a);
    const dossier = await dossierOf(a);
    const advisor = a.advisors[0];
    expect(await setCaseOtherParty(advisor, { caseId: dossier.id, choice: cak })).toEqual({
      ok: true,
      value: undefined,
    });
    expect((await getLetterContext(advisor, dossier.id))?.addressee).toEqual({
      name: "CAK",
      department: "afdeling Bezwaar",
      street: "Postbus 84030",
      postcodeTown: "2508 AA Den Haag",
    });
    expect(
      await db.auditEvent.count({ where: { action: "case.other_party", entityId: dossier.id, clientId: a.client.id } }),
    ).toBe(1);
  });

  it("takes a typed name when the list lacks it, and can be cleared; a typed choice without a name is refused", async () => {
    const dossier = await dossierOf(a);
    const advisor = a.advisors[0];
    expect(await setCaseOtherParty(advisor, { caseId: dossier.id, choice: "typed", typedName: "" })).toMatchObject({
      fieldErrors: { typedName: ["refusals.otherParties.typedNameRequired"] },
    });
    expect(
      await setCaseOtherParty(advisor, { caseId: dossier.id, choice: "typed", typedName: "  Verhuurder   De Vries " }),
    ).toMatchObject({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({
      otherPartyId: null,
      otherPartyName: "Verhuurder De Vries",
    });
    expect((await getLetterContext(advisor, dossier.id))?.addressee.name).toBe("Verhuurder De Vries");
    expect(await setCaseOtherParty(advisor, { caseId: dossier.id, choice: "" })).toMatchObject({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({
      otherPartyId: null,
      otherPartyName: null,
    });
  });

  it("refuses an entry taken off the list, another library's entry, and someone who may not read the dossier", async () => {
    const cak = await cakOf(a);
    const theirs = await cakOf(b);
    const dossier = await dossierOf(a);
    const advisor = a.advisors[0];
    await deactivateOtherParty(a.coordinator, { otherPartyId: cak });
    expect(await setCaseOtherParty(advisor, { caseId: dossier.id, choice: cak })).toMatchObject({
      fieldErrors: { choice: ["refusals.otherParties.notOnList"] },
    });
    expect(await setCaseOtherParty(advisor, { caseId: dossier.id, choice: theirs })).toMatchObject({
      fieldErrors: { choice: ["refusals.otherParties.notOnList"] },
    });
    expect(await setCaseOtherParty(b.advisors[0], { caseId: dossier.id, choice: theirs })).toMatchObject({
      error: "refusals.cases.notFound",
    });
    expect(await setCaseOtherParty(a.advisors[1], { caseId: dossier.id, choice: "" })).toMatchObject({
      error: "refusals.cases.notFound",
    });
    for (const actor of [a.host, a.coordinator])
      expect(await setCaseOtherParty(actor, { caseId: dossier.id, choice: "" })).toMatchObject({ ok: false });
    expect(await db.case.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({
      otherPartyId: null,
      otherPartyName: null,
    });
  });

  it("never reaches the host: the desk's search shows the open dossier's advisor, not who the problem is with", async () => {
    const cak = await cakOf(a);
    const dossier = await dossierOf(a);
    await setCaseOtherParty(a.advisors[0], { caseId: dossier.id, choice: cak });
    const found = await searchClients(a.host, { query: a.client.displayName });
    expect(found).toMatchObject({ ok: true });
    expect(JSON.stringify(found)).toContain(dossier.id);
    expect(JSON.stringify(found)).not.toMatch(/CAK|Postbus|otherParty/);
    expect(await listOtherPartyChoices(a.host).catch((error: Error) => error.name)).toBe("AccessDenied");
    expect(await listOtherParties(a.host).catch((error: Error) => error.name)).toBe("AccessDenied");
  });
});

describe("monitoring per other party", () => {
  it("counts questions per kind of other party, typed names and none apart, never another library's", async () => {
    const cak = await cakOf(a);
    const advisor = a.advisors[0];
    const choices = [...Array(5).fill(cak), ...Array(5).fill("typed"), ...Array(6).fill("")];
    for (const choice of choices) {
      const dossier = await dossierOf(a);
      await setCaseOtherParty(advisor, { caseId: dossier.id, choice, typedName: "Webwinkel" });
    }
    // A quick contact has no other party to record: it is not counted as "not recorded". Five of
    // them, so that no "<5" among the questions asks the figures to hide more.
    for (let index = 0; index < 5; index++)
      await db.case.create({
        data: { organisationId: a.organisation.id, clientId: a.client.id, kind: "QUICK_CONTACT", openedAt: NOW },
      });
    const theirs = await cakOf(b);
    const elsewhere = await dossierOf(b);
    await setCaseOtherParty(b.advisors[0], { caseId: elsewhere.id, choice: theirs });

    const figures = await getMonitoringFigures(a.coordinator, { from: "2026-11-01", to: "2026-12-31" }, NOW);
    if (!figures.ok) throw new Error(JSON.stringify(figures));
    expect(figures.value.otherParties.rows.map(({ code, count }) => [code, count])).toEqual([
      ["UNKNOWN", 6],
      ["CAK", 5],
      ["TYPED", 5],
    ]);
    expect(figures.value.otherParties.total).toBe(16);
  });
});
