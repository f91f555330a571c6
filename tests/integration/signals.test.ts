// Signalering (issue 17): advisors raise and join signals from their dossiers, the coordinator
// keeps the register and reports it, and no client's data reaches the municipality.
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it } from "vitest";
import { addCalendarDays, amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { getNationalExport } from "@/lib/reports/national-export";
import {
  closeSignal,
  markSignalRaised,
  mergeSignals,
  recordSignalAnswer,
  reopenSignal,
  rewordSignal,
} from "@/lib/signals/keep-register";
import { listSignalRegister, listSignalsForDossier } from "@/lib/signals/queries";
import { joinSignal, raiseSignal } from "@/lib/signals/raise-signal";
import { getSignalReport, previousPeriod, signalPeriod, trendOf } from "@/lib/signals/report";
import { signalReportCsv, signalReportDocx, type Translate } from "@/lib/signals/report-export";
import { docxText } from "../support/docx-text";
import { createDeskLibrary, NOW } from "../support/desk-fixture";
import { changedTables, fingerprint } from "../support/db-fingerprint";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let cak: string;

const DESCRIPTION = "De brief over de eigen bijdrage Wmo noemt een bedrag, maar niet hoe het is berekend.";

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  cak = (await db.otherParty.create({ data: { organisationId: a.organisation.id, name: "CAK", kind: "CAK" } })).id;
});

let clientNumber = 0;

/** A dossier of the library's advisor (0: professional, 1: volunteer) with a client of its own. */
async function dossierOf(library: Library, advisor = 0, client: { birthYear?: number; story?: boolean } = {}) {
  clientNumber += 1;
  const person = await db.client.create({
    data: {
      organisationId: library.organisation.id,
      displayName: `Wilhelmina Bruggink${clientNumber}`,
      phone: `06-2000${String(clientNumber).padStart(4, "0")}`,
      email: `w.bruggink${clientNumber}@example.nl`,
      birthYear: client.birthYear ?? 1960,
    },
  });
  if (client.story)
    await db.consent.create({
      data: { organisationId: library.organisation.id, clientId: person.id, purpose: "STORY", givenAt: NOW },
    });
  return db.case.create({
    data: {
      organisationId: library.organisation.id,
      clientId: person.id,
      responsibleAdvisorId: library.advisors[advisor].userId,
      question: "Naheffing eigen bijdrage Wmo",
      openedAt: NOW,
    },
    include: { client: true },
  });
}

async function raised(library: Library, caseId: string, advisor = 0, at = NOW, description = DESCRIPTION) {
  const result = await raiseSignal(
    library.advisors[advisor],
    { caseId, otherPartyId: cak, theme: "LETTER_UNCLEAR", description },
    { now: at },
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.signalId;
}

async function dutch(): Promise<Translate> {
  return createTranslator({ locale: "nl", messages: await loadMessages("nl") }) as unknown as Translate;
}

describe("an advisor raises a signal from a dossier", () => {
  it("records it with the dossier, and a colleague adds theirs: 'ik zie dit ook'", async () => {
    const first = await dossierOf(a, 0);
    const second = await dossierOf(a, 1);
    const signalId = await raised(a, first.id);
    expect(await joinSignal(a.advisors[1], { signalId, caseId: second.id }, { now: NOW })).toMatchObject({ ok: true });
    expect(await joinSignal(a.advisors[1], { signalId, caseId: second.id }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.signals.alreadyLinked",
    });

    const panel = await listSignalsForDossier(a.advisors[1], second.id);
    expect(panel?.linked.map((signal) => [signal.id, signal.dossierCount])).toEqual([[signalId, 2]]);
    const [entry] = await listSignalRegister(a.coordinator);
    expect(entry).toMatchObject({ id: signalId, dossierCount: 2, advisorCount: 2, status: "NEW" });
    expect(entry!.history.map((event) => event.action)).toEqual(["signal.raise", "signal.join"]);
  });

  it.each([
    [
      "the client's name",
      (c: { displayName: string }) => `Mevrouw ${c.displayName.split(" ")[1]} kreeg een brief die ze niet begreep.`,
      "name",
    ],
    [
      "the client's phone",
      (c: { phone: string | null }) => `Belde ons via ${c.phone} over de brief van het CAK.`,
      "phone",
    ],
    [
      "the client's e-mail",
      (c: { email: string | null }) => `Stuurde de brief door vanaf ${c.email} aan ons.`,
      "email",
    ],
    ["a BSN", () => "Op de brief staat BSN 111222333 en verder geen uitleg.", "bsn"],
    ["an IBAN", () => "Terugbetalen op NL91 ABNA 0417 1643 00 zonder uitleg waarom.", "iban"],
  ])("refuses a description holding %s, and writes nothing", async (_what, words, kind) => {
    const dossier = await dossierOf(a);
    const before = await fingerprint();
    const answer = await raiseSignal(
      a.advisors[0],
      { caseId: dossier.id, otherPartyId: cak, theme: "LETTER_UNCLEAR", description: words(dossier.client) },
      { now: NOW },
    );
    expect(answer).toMatchObject({
      ok: false,
      error: "refusals.signals.personalData.refused",
      fieldErrors: { description: expect.arrayContaining([`refusals.signals.personalData.${kind}`]) },
    });
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it("refuses to join a signal whose words name the joining dossier's client", async () => {
    const first = await dossierOf(a);
    const other = await dossierOf(a);
    const surname = other.client.displayName.split(" ")[1]!;
    const signalId = await raised(a, first.id, 0, NOW, `Bij ${surname} en anderen noemt de brief geen berekening.`);
    expect(await joinSignal(a.advisors[0], { signalId, caseId: other.id }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.signals.personalData.joinRefused",
    });
    expect(await db.signalDossier.count({ where: { signalId } })).toBe(1);
  });

  it("is refused a dossier they cannot read, another library's signal, and to a host or coordinator", async () => {
    const theirs = await dossierOf(a, 1);
    const volunteerOnly = a.advisors[0];
    // The professional is no reader of the volunteer's dossier: not its advisor, nor supervisor.
    expect((await db.user.findUniqueOrThrow({ where: { id: a.advisors[1].userId } })).supervisorId).toBeNull();
    const input = { caseId: theirs.id, otherPartyId: cak, theme: "LETTER_UNCLEAR", description: DESCRIPTION };
    expect(await raiseSignal(volunteerOnly, input)).toMatchObject({ ok: false, error: "refusals.cases.notFound" });
    expect(await raiseSignal(a.host, input)).toMatchObject({ ok: false, error: "refusals.auth.forbidden" });
    expect(await raiseSignal(a.coordinator, input)).toMatchObject({ ok: false, error: "refusals.auth.forbidden" });
    const signalId = await raised(a, (await dossierOf(a)).id);
    const bDossier = await dossierOf(b);
    expect(await joinSignal(b.advisors[0], { signalId, caseId: bDossier.id })).toMatchObject({
      ok: false,
      error: "refusals.signals.notFound",
    });
    expect(await listSignalRegister(b.coordinator)).toEqual([]);
    expect(
      await markSignalRaised(b.coordinator, { signalId, raisedWith: "Gemeente", raisedOn: "2026-12-01" }),
    ).toMatchObject({
      ok: false,
      error: "refusals.signals.notFound",
    });
  });
});

describe("the coordinator's register", () => {
  it("raises, answers and resolves a signal, each step audited, in order", async () => {
    const signalId = await raised(a, (await dossierOf(a)).id);
    expect(
      await recordSignalAnswer(
        a.coordinator,
        { signalId, answer: "We passen de brief aan.", answeredOn: "2026-12-01" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: false, error: "refusals.signals.notYetRaised" });
    expect(
      await markSignalRaised(
        a.coordinator,
        { signalId, raisedWith: "Beleidsmedewerker Wmo", raisedOn: "2026-12-02" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { raisedOn: ["refusals.signals.dayInFuture"] } });
    expect(
      await markSignalRaised(
        a.coordinator,
        { signalId, raisedWith: "Beleidsmedewerker Wmo", raisedOn: "2026-11-30" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true });
    expect(
      await recordSignalAnswer(
        a.coordinator,
        { signalId, answer: "Het CAK zet de berekening in de brief.", answeredOn: "2026-11-29" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { answeredOn: ["refusals.signals.answerBeforeRaised"] } });
    expect(
      await recordSignalAnswer(
        a.coordinator,
        { signalId, answer: "Het CAK zet de berekening voortaan in de brief.", answeredOn: "2026-12-01" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true });
    expect(await closeSignal(a.coordinator, { signalId, outcome: "RESOLVED" })).toMatchObject({ ok: true });
    expect(await closeSignal(a.coordinator, { signalId, outcome: "CLOSED" })).toMatchObject({
      ok: false,
      error: "refusals.signals.finished",
    });
    // The problem came back: open again at the step it had reached, reworded, and closed.
    expect(await reopenSignal(a.coordinator, { signalId })).toMatchObject({ ok: true });
    expect(await reopenSignal(a.coordinator, { signalId })).toMatchObject({
      ok: false,
      error: "refusals.signals.notFinished",
    });
    expect(
      await rewordSignal(a.coordinator, {
        signalId,
        description: "Het CAK legt in de brief over de eigen bijdrage niet uit hoe het bedrag tot stand komt.",
      }),
    ).toMatchObject({ ok: true });
    expect(await closeSignal(a.coordinator, { signalId, outcome: "RESOLVED" })).toMatchObject({ ok: true });
    const [entry] = await listSignalRegister(a.coordinator);
    expect(entry).toMatchObject({ status: "RESOLVED", raisedWith: "Beleidsmedewerker Wmo" });
    expect(entry!.history.map((event) => event.action)).toEqual([
      "signal.raise",
      "signal.raised",
      "signal.answered",
      "signal.close",
      "signal.reopen",
      "signal.reword",
      "signal.close",
    ]);
    expect(
      await markSignalRaised(a.advisors[0], { signalId, raisedWith: "x x", raisedOn: "2026-11-30" }),
    ).toMatchObject({
      ok: false,
      error: "refusals.auth.forbidden",
    });
  });

  it("refuses new words that name a linked client, and keeps the old ones", async () => {
    const dossier = await dossierOf(a);
    const signalId = await raised(a, dossier.id);
    expect(
      await rewordSignal(a.coordinator, {
        signalId,
        description: `Mail ${dossier.client.email} kreeg geen antwoord van het CAK.`,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { description: expect.arrayContaining(["refusals.signals.personalData.email"]) },
    });
    expect((await db.signal.findUniqueOrThrow({ where: { id: signalId } })).description).toBe(DESCRIPTION);
  });

  it("refuses an answer that names a linked client", async () => {
    const dossier = await dossierOf(a);
    const signalId = await raised(a, dossier.id);
    await markSignalRaised(a.coordinator, { signalId, raisedWith: "Gemeente", raisedOn: "2026-11-30" }, { now: NOW });
    expect(
      await recordSignalAnswer(
        a.coordinator,
        { signalId, answer: `We bellen ${dossier.client.phone} terug.`, answeredOn: "2026-12-01" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { answer: ["refusals.signals.personalData.phone"] } });
  });

  it("merges a duplicate: its dossiers move over, a dossier in both counts once, the duplicate is closed", async () => {
    const shared = await dossierOf(a, 0);
    const only = await dossierOf(a, 1);
    const kept = await raised(a, shared.id, 0);
    const duplicate = await raised(
      a,
      shared.id,
      0,
      NOW,
      "Het CAK legt in de brief niet uit hoe de eigen bijdrage is berekend.",
    );
    await joinSignal(a.advisors[1], { signalId: duplicate, caseId: only.id }, { now: NOW });
    expect(await mergeSignals(a.coordinator, { signalId: kept, duplicateId: kept })).toMatchObject({
      ok: false,
      fieldErrors: { duplicateId: ["refusals.signals.mergeWithItself"] },
    });
    const uwv = await db.otherParty.create({ data: { organisationId: a.organisation.id, name: "UWV", kind: "UWV" } });
    const elsewhere = await raiseSignal(
      a.advisors[0],
      { caseId: shared.id, otherPartyId: uwv.id, theme: "LETTER_UNCLEAR", description: DESCRIPTION },
      { now: NOW },
    );
    if (!elsewhere.ok) throw new Error(JSON.stringify(elsewhere));
    expect(
      await mergeSignals(a.coordinator, { signalId: kept, duplicateId: elsewhere.value.signalId }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { duplicateId: ["refusals.signals.mergeOtherParty"] } });
    expect(await mergeSignals(a.coordinator, { signalId: kept, duplicateId: duplicate }, { now: NOW })).toMatchObject({
      ok: true,
    });
    const register = (await listSignalRegister(a.coordinator)).filter((entry) => entry.id !== elsewhere.value.signalId);
    expect(register.map((entry) => [entry.id, entry.dossierCount, entry.advisorCount, entry.mergedCount])).toEqual([
      [kept, 2, 2, 1],
    ]);
    expect(await db.signal.findUniqueOrThrow({ where: { id: duplicate } })).toMatchObject({
      status: "CLOSED",
      mergedIntoId: kept,
    });
    expect(await joinSignal(a.advisors[0], { signalId: duplicate, caseId: (await dossierOf(a)).id })).toMatchObject({
      ok: false,
      error: "refusals.signals.merged",
    });
  });
});

describe("the signal report", () => {
  it("counts dossiers per other party and theme, '<5' under five, with the trend and consented examples only", async () => {
    const period = { from: "2026-09-01", to: "2026-11-30" };
    expect(previousPeriod(period)).toEqual({ from: "2026-06-02", to: "2026-08-31" });
    const inPeriod = amsterdamMoment("2026-10-15", 600);
    const before = amsterdamMoment("2026-07-15", 600);
    const first = await dossierOf(a, 0, { birthYear: 1948, story: true });
    const signalId = await raised(a, first.id, 0, inPeriod);
    for (let index = 0; index < 5; index += 1)
      await joinSignal(
        a.advisors[index % 2],
        { signalId, caseId: (await dossierOf(a, index % 2)).id },
        { now: inPeriod },
      );
    const earlier = await raised(
      a,
      (await dossierOf(a)).id,
      0,
      before,
      "De brief over de terugvordering noemt geen termijn om te betalen.",
    );
    await db.signal.update({ where: { id: earlier }, data: { theme: "REPAYMENT_OR_COLLECTION" } });
    const repayment = await raised(
      a,
      (await dossierOf(a)).id,
      0,
      inPeriod,
      "De terugvordering komt zonder uitleg en zonder betalingsregeling.",
    );
    await db.signal.update({ where: { id: repayment }, data: { theme: "REPAYMENT_OR_COLLECTION" } });

    const report = await getSignalReport(a.coordinator, period, NOW);
    expect(report.rows.map(({ examples, ...row }) => ({ ...row, examples: examples.length }))).toEqual([
      { otherParty: "CAK", theme: "LETTER_UNCLEAR", signals: "<5", dossiers: 6, previous: 0, trend: "up", examples: 1 },
      {
        otherParty: "CAK",
        theme: "REPAYMENT_OR_COLLECTION",
        signals: "<5",
        dossiers: "<5",
        previous: "<5",
        trend: null,
        examples: 0,
      },
    ]);
    expect(report.rows[0]!.examples[0]).toMatchObject({ ageBand: { from: 70, to: 79 }, outcome: null });
    expect(trendOf(3, 7)).toBe("down");
    expect(await getSignalReport(b.coordinator, period, NOW)).toMatchObject({ rows: [], answers: [] });

    // The files hold the page's counts and none of the clients' data.
    const t = await dutch();
    const csv = signalReportCsv(report, t);
    expect(csv).toContain("CAK;Brief niet te begrijpen;<5;6;0;meer");
    expect(csv).toContain("CAK;Terugvordering of incasso;<5;<5;<5;niet te zeggen");
    const docx = docxText(await signalReportDocx(report, t, "nl"));
    expect(docx).toContain("CAK | Brief niet te begrijpen | <5 | 6 | 0 | meer");
    expect(docx).toContain("Iemand van 70 tot 79 jaar");
    const clients = await db.client.findMany({ where: { organisationId: a.organisation.id } });
    for (const client of clients)
      for (const value of [client.displayName, client.phone, client.email].filter((item): item is string =>
        Boolean(item),
      )) {
        expect(csv).not.toContain(value);
        expect(docx).not.toContain(value);
      }

    const national = await getNationalExport(a.coordinator, { from: period.from, to: period.to }, NOW);
    if (!national.ok) throw new Error(JSON.stringify(national));
    const signalRows = national.value.rows.filter((row) => row.onderdeel === "signalen");
    expect(signalRows.map((row) => [row.code, row.waarde])).toEqual([
      ["LETTER_UNCLEAR", 6],
      ["UNREACHABLE", 0],
      ["WRONG_OR_LATE_DECISION", 0],
      ["HARSH_RULE", 0],
      ["BENEFIT_NOT_TAKEN_UP", 0],
      ["REPAYMENT_OR_COLLECTION", "<5"],
      ["OTHER", 0],
    ]);
  });

  it("takes the last three months by default and refuses a period that is not one", () => {
    expect(signalPeriod({}, NOW)).toEqual({ period: { from: "2026-10-01", to: "2026-12-01" }, error: null });
    expect(signalPeriod({ van: "2026-12-01", tot: "2026-11-01" }, NOW).error).toBe("refusals.signals.periodInvalid");
    expect(signalPeriod({ van: "2026-01-01", tot: addCalendarDays("2026-01-01", 800) }, NOW).error).toBe(
      "refusals.signals.periodInvalid",
    );
  });
});
