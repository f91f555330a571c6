import { beforeEach, describe, expect, it } from "vitest";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { closeCase } from "@/lib/cases/close-case";
import { correctClientDetails } from "@/lib/cases/correct-client-details";
import { logQuickContact } from "@/lib/cases/log-quick-contact";
import { promoteToDossier } from "@/lib/cases/promote-to-dossier";
import { reopenCase } from "@/lib/cases/reopen-case";
import { setCaseWaiting } from "@/lib/cases/set-case-waiting";
import { openDossier } from "@/lib/cases/open-dossier";
import { getAdvisorAgenda, getDossier, listDossiers } from "@/lib/cases/queries";
import { db } from "@/lib/db";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { actorOf, createUser } from "../support/factories";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let professional: Library["host"];
let volunteer: Library["host"];
let colleague: Library["host"];
let domainId: string;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  domainId = (await topLevelCategory()).id;
  professional = a.advisors[0];
  const supervised = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  await db.user.update({ where: { id: supervised.id }, data: { supervisorId: professional.userId } });
  volunteer = actorOf(supervised);
  colleague = a.advisors[1];
});

async function visitInConversation(library: Library) {
  const registered = await registerWalkIn(
    library.host,
    { sessionId: library.session.id, categoryId: domainId, client: { newClient: { displayName: "M. Yilmaz" } } },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(library.host, { visitId: registered.value.visitId }, { now: NOW });
  return registered.value.visitId;
}

async function dossierOf(advisor: Library["host"]) {
  const visitId = await visitInConversation(a);
  const opened = await openDossier(
    advisor,
    { visitId, question: "Toeslagen: terugvordering zorgtoeslag 2025", legalDomainId: domainId, consent: true },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return { visitId, caseId: opened.value.caseId };
}

describe("openDossier", () => {
  it("opens a dossier from the conversation, records consent and links the visit", async () => {
    const { visitId, caseId } = await dossierOf(volunteer);
    const dossier = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      include: { legalDomains: true, client: { include: { consents: true } } },
    });
    expect(dossier).toMatchObject({
      kind: "DOSSIER",
      status: "OPEN",
      responsibleAdvisorId: volunteer.userId,
      question: "Toeslagen: terugvordering zorgtoeslag 2025",
    });
    expect(dossier.legalDomains).toEqual([expect.objectContaining({ legalDomainId: domainId, primary: true })]);
    expect(dossier.client.consents).toEqual([
      expect.objectContaining({
        purpose: "DOSSIER",
        legalBasis: "CONSENT",
        givenAt: NOW,
        recordedById: volunteer.userId,
      }),
    ]);
    expect((await db.visit.findUniqueOrThrow({ where: { id: visitId } })).caseId).toBe(caseId);
  });

  it("refuses without consent, and a second dossier for the same visit, writing nothing", async () => {
    const visitId = await visitInConversation(a);
    const withoutConsent = await openDossier(
      professional,
      { visitId, question: "Vraag", legalDomainId: domainId, consent: false },
      { now: NOW },
    );
    expect(withoutConsent).toMatchObject({
      ok: false,
      fieldErrors: { consent: ["refusals.cases.consentRequired"] },
    });
    expect(await db.case.count({ where: { organisationId: a.organisation.id } })).toBe(0);
    await openDossier(
      professional,
      { visitId, question: "Vraag", legalDomainId: domainId, consent: true },
      { now: NOW },
    );
    expect(
      await openDossier(
        professional,
        { visitId, question: "Nog een", legalDomainId: domainId, consent: true },
        { now: NOW },
      ),
    ).toEqual({ ok: false, error: "refusals.cases.visitHasDossier" });
  });

  it("refuses a host, a coordinator and an advisor of another library", async () => {
    const visitId = await visitInConversation(a);
    const input = { visitId, question: "Vraag", legalDomainId: domainId, consent: true };
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await openDossier(actor, input, { now: NOW })).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    expect(await openDossier(b.advisors[0], input, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.visitNotFound",
    });
    expect(await db.case.count({ where: { organisationId: a.organisation.id } })).toBe(0);
  });
});

describe("who may read a dossier", () => {
  it("the responsible advisor, their supervisor and a colleague it is shared with; every read audited", async () => {
    const { caseId } = await dossierOf(volunteer);
    expect((await getDossier(volunteer, caseId))?.question).toContain("zorgtoeslag");
    expect((await getDossier(professional, caseId))?.id).toBe(caseId);
    expect(await getDossier(colleague, caseId)).toBeNull();
    await db.caseShare.create({ data: { caseId, userId: colleague.userId } });
    expect((await getDossier(colleague, caseId))?.id).toBe(caseId);
    const reads = await db.auditEvent.findMany({ where: { entityId: caseId, access: "READ" }, orderBy: { id: "asc" } });
    expect(reads.map((r) => [r.actorId, r.action])).toEqual([
      [volunteer.userId, "case.read"],
      [professional.userId, "case.read"],
      [colleague.userId, "case.read_refused"],
      [colleague.userId, "case.read"],
    ]);
    expect(reads[0].clientId).not.toBeNull();
  });

  it("never a host, a coordinator, an admin or an advisor of another library", async () => {
    const { caseId } = await dossierOf(professional);
    for (const actor of [a.host, a.coordinator, a.admin])
      await expect(getDossier(actor, caseId)).rejects.toThrow("refusals.auth.forbidden");
    expect(await getDossier(b.advisors[0], caseId)).toBeNull();
  });
});

describe("notes and closing", () => {
  it("adds a note for readers only", async () => {
    const { caseId } = await dossierOf(volunteer);
    expect(
      await addCaseNote(professional, { caseId, body: "Gebeld met Toeslagen, reactie binnen 2 weken." }),
    ).toMatchObject({ ok: true });
    expect(await addCaseNote(colleague, { caseId, body: "x" })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
    expect(await addCaseNote(a.host, { caseId, body: "x" })).toEqual({
      ok: false,
      error: "refusals.auth.forbidden",
    });
    expect(await addCaseNote(b.advisors[0], { caseId, body: "x" })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
    expect(await addCaseNote(volunteer, { caseId, body: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { body: ["refusals.cases.noteRequired"] },
    });
    expect(await db.caseNote.count({ where: { caseId } })).toBe(1);
  });

  it("closes with an outcome, once; a close on an outdated version is refused", async () => {
    const { caseId } = await dossierOf(professional);
    expect(await closeCase(professional, { caseId, version: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { outcome: ["refusals.cases.chooseCaseOutcome"] },
    });
    expect(await closeCase(professional, { caseId, version: 1, outcome: "SOLVED" }, { now: NOW })).toEqual({
      ok: true,
      value: { caseId },
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      status: "CLOSED",
      outcome: "SOLVED",
      solvedWithoutReferral: true,
      closedAt: NOW,
      version: 2,
    });
    expect(await closeCase(professional, { caseId, version: 2, outcome: "SOLVED" })).toEqual({
      ok: false,
      error: "refusals.cases.alreadyClosed",
    });
  });

  it("refuses a close based on an outdated view", async () => {
    const { caseId } = await dossierOf(professional);
    await db.case.update({ where: { id: caseId }, data: { version: { increment: 1 } } });
    expect(await closeCase(professional, { caseId, version: 1, outcome: "REFERRED" })).toEqual({
      ok: false,
      error: "refusals.cases.changedMeanwhileClosing",
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");
  });

  it("refuses other roles and other libraries", async () => {
    const { caseId } = await dossierOf(professional);
    for (const actor of [a.host, a.coordinator])
      expect(await closeCase(actor, { caseId, version: 1, outcome: "SOLVED" })).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    expect(await closeCase(b.advisors[0], { caseId, version: 1, outcome: "SOLVED" })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
    expect(await closeCase(colleague, { caseId, version: 1, outcome: "SOLVED" })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
  });
});

describe("reopenCase", () => {
  const LATER = new Date(NOW.getTime() + 30 * 86_400_000);
  const reason = "De cliënt kwam terug: de regeling is niet nagekomen.";

  async function closedDossier(advisor: Library["host"]) {
    const { caseId } = await dossierOf(advisor);
    const closed = await closeCase(advisor, { caseId, version: 1, outcome: "PARTLY_SOLVED" }, { now: NOW });
    if (!closed.ok) throw new Error(JSON.stringify(closed.error));
    return caseId;
  }

  it("opens a closed dossier again, keeps the closing in its history and writes an audit event", async () => {
    const caseId = await closedDossier(volunteer);
    // The supervising professional may reopen the volunteer's dossier too.
    expect(await reopenCase(professional, { caseId, version: 2, reason }, { now: LATER })).toEqual({
      ok: true,
      value: { caseId },
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      status: "OPEN",
      closedAt: null,
      outcome: null,
      solvedWithoutReferral: null,
      responsibleAdvisorId: volunteer.userId,
      version: 3,
    });
    expect(await db.caseReopening.findMany({ where: { caseId } })).toEqual([
      expect.objectContaining({
        organisationId: a.organisation.id,
        closedAt: NOW,
        outcome: "PARTLY_SOLVED",
        reopenedAt: LATER,
        reopenedById: professional.userId,
        reason,
      }),
    ]);
    const dossier = await getDossier(volunteer, caseId);
    expect(dossier?.reopenings).toEqual([
      expect.objectContaining({ outcome: "PARTLY_SOLVED", reason, reopenedBy: { name: expect.any(String) } }),
    ]);
    expect(
      await db.auditEvent.findMany({ where: { action: "case.reopen", entityId: caseId }, select: { details: true } }),
    ).toEqual([{ details: { closedAt: NOW.toISOString(), outcome: "PARTLY_SOLVED" } }]);

    // Closed and reopened a second time: both closings stay.
    await closeCase(volunteer, { caseId, version: 3, outcome: "SOLVED" }, { now: LATER });
    expect((await reopenCase(volunteer, { caseId, version: 4, reason: "Nieuwe brief." }, { now: LATER })).ok).toBe(
      true,
    );
    expect(
      (await db.caseReopening.findMany({ where: { caseId }, orderBy: { outcome: "asc" } })).map((row) => row.outcome),
    ).toEqual(["SOLVED", "PARTLY_SOLVED"]);
  });

  it("wants a reason, a closed dossier and the version the advisor saw, and writes nothing otherwise", async () => {
    const caseId = await closedDossier(professional);
    const unchanged = async () => ({
      dossier: await db.case.findUniqueOrThrow({ where: { id: caseId } }),
      reopenings: await db.caseReopening.count({ where: { caseId } }),
    });
    const before = await unchanged();
    expect(await reopenCase(professional, { caseId, version: 2, reason: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["refusals.cases.reopenReasonRequired"] },
    });
    expect(await reopenCase(professional, { caseId, version: 2, reason: "x".repeat(501) })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["refusals.cases.reopenReasonTooLong"] },
    });
    expect(await reopenCase(professional, { caseId, version: 1, reason })).toEqual({
      ok: false,
      error: "refusals.cases.changedMeanwhileReopening",
    });
    expect(await unchanged()).toEqual(before);
    const { caseId: openCaseId } = await dossierOf(professional);
    expect(await reopenCase(professional, { caseId: openCaseId, version: 1, reason })).toEqual({
      ok: false,
      error: "refusals.cases.notClosed",
    });
  });

  it("leaves a quick contact to be made a dossier instead", async () => {
    const visitId = await visitInConversation(a);
    const logged = await logQuickContact(
      professional,
      { visitId, legalDomainId: domainId, actions: ["INFORMATION"], outcome: "SOLVED" },
      { now: NOW },
    );
    if (!logged.ok) throw new Error(JSON.stringify(logged.error));
    expect(await reopenCase(professional, { caseId: logged.value.caseId, version: 1, reason })).toEqual({
      ok: false,
      error: "refusals.cases.reopenQuickContact",
    });
  });

  it("refuses other roles, other advisors and other libraries", async () => {
    const caseId = await closedDossier(professional);
    for (const actor of [a.host, a.coordinator])
      expect(await reopenCase(actor, { caseId, version: 2, reason })).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    for (const actor of [b.advisors[0], colleague])
      expect(await reopenCase(actor, { caseId, version: 2, reason })).toEqual({
        ok: false,
        error: "refusals.cases.notFound",
      });
    expect(await db.caseReopening.count({ where: { caseId } })).toBe(0);
  });
});

describe("correctClientDetails", () => {
  const corrected = {
    displayName: "M. Yılmaz-Demir",
    phone: "06-1234 5678",
    email: "M.Yilmaz@Example.nl",
    birthYear: "1968",
    postcodeArea: "7551",
    preferredLanguage: "tr",
    needsInterpreter: true,
    heardVia: "FAMILY_OR_FRIENDS",
  };

  it("stores the corrected details and audits which fields changed, never their values", async () => {
    const { caseId } = await dossierOf(volunteer);
    const { clientId } = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    // The supervising professional may correct them too.
    expect(await correctClientDetails(professional, { caseId, ...corrected })).toEqual({
      ok: true,
      value: {
        changed: [
          "displayName",
          "phone",
          "email",
          "birthYear",
          "postcodeArea",
          "preferredLanguage",
          "needsInterpreter",
          "heardVia",
        ],
      },
    });
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toMatchObject({
      displayName: "M. Yılmaz-Demir",
      phone: "0612345678",
      email: "m.yilmaz@example.nl",
      birthYear: 1968,
      postcodeArea: "7551",
      preferredLanguage: "tr",
      needsInterpreter: true,
      heardVia: "FAMILY_OR_FRIENDS",
    });
    const audit = await db.auditEvent.findMany({ where: { action: "client.update", clientId } });
    expect(audit.map((event) => event.details)).toEqual([
      {
        fields: [
          "displayName",
          "phone",
          "email",
          "birthYear",
          "postcodeArea",
          "preferredLanguage",
          "needsInterpreter",
          "heardVia",
        ],
      },
    ]);
    expect(
      JSON.stringify(audit, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)),
    ).not.toContain("Demir");

    // Emptied fields are cleared; the same details again change nothing and write no event.
    expect(
      await correctClientDetails(volunteer, {
        caseId,
        displayName: "M. Yılmaz-Demir",
        phone: "",
        email: "",
        birthYear: "",
        postcodeArea: "",
        preferredLanguage: "tr",
        heardVia: "",
      }),
    ).toEqual({
      ok: true,
      value: { changed: ["phone", "email", "birthYear", "postcodeArea", "needsInterpreter", "heardVia"] },
    });
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toMatchObject({
      phone: null,
      email: null,
      birthYear: null,
      postcodeArea: null,
      needsInterpreter: false,
      heardVia: null,
    });
    const again = { caseId, displayName: "M. Yılmaz-Demir", preferredLanguage: "tr" };
    expect(await correctClientDetails(volunteer, again)).toEqual({ ok: true, value: { changed: [] } });
    expect(await db.auditEvent.count({ where: { action: "client.update", clientId } })).toBe(2);
  });

  it("refuses a missing name, a wrong phone number, e-mail or year, and writes nothing", async () => {
    const { caseId } = await dossierOf(professional);
    const { client } = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { client: true } });
    const result = await correctClientDetails(professional, {
      caseId,
      displayName: " ",
      phone: "bel maar",
      email: "geen adres",
      birthYear: "3000",
      postcodeArea: "1234 Amsterdam",
      preferredLanguage: "tr",
      heardVia: "RADIO",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        displayName: ["refusals.desk.nameRequired"],
        phone: ["refusals.desk.phoneInvalid"],
        email: ["refusals.desk.emailInvalid"],
        birthYear: ["refusals.desk.birthYearInFuture"],
        postcodeArea: ["refusals.desk.postcodeInvalid"],
        heardVia: ["refusals.desk.chooseHeardVia"],
      },
    });
    expect(await db.client.findUniqueOrThrow({ where: { id: client.id } })).toEqual(client);
  });

  it("refuses other roles, advisors without access and other libraries", async () => {
    const { caseId } = await dossierOf(professional);
    const { client } = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { client: true } });
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await correctClientDetails(actor, { caseId, ...corrected })).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    for (const actor of [b.advisors[0], colleague])
      expect(await correctClientDetails(actor, { caseId, ...corrected })).toEqual({
        ok: false,
        error: "refusals.cases.notFound",
      });
    expect(await db.client.findUniqueOrThrow({ where: { id: client.id } })).toEqual(client);
  });
});

describe("the advisor's dossier list and agenda", () => {
  it("shows own, supervised and shared dossiers, with filters on status, domain and name", async () => {
    const { caseId } = await dossierOf(volunteer);
    const all = await listDossiers(professional, {});
    expect(all.dossiers.map((d) => d.id)).toEqual([caseId]);
    expect(all.dossiers[0].responsibleAdvisor?.id).toBe(volunteer.userId);
    expect((await listDossiers(professional, { scope: "mine" })).total).toBe(0);
    expect((await listDossiers(colleague, {})).total).toBe(0);
    expect((await listDossiers(volunteer, { query: "yilm" })).total).toBe(1);
    expect((await listDossiers(volunteer, { query: "nobody" })).total).toBe(0);
    expect((await listDossiers(volunteer, { domain: domainId })).total).toBe(1);
    expect((await listDossiers(volunteer, { status: "CLOSED" })).total).toBe(0);
    expect((await listDossiers(volunteer, { status: "nonsense" })).filter.status).toBe("ACTIVE");
  });

  it("lists deadlines due within two weeks and dossiers without a next step", async () => {
    const { caseId } = await dossierOf(volunteer);
    expect((await getAdvisorAgenda(volunteer, NOW)).withoutNextStep.map((c) => c.id)).toEqual([caseId]);
    await db.deadline.create({
      data: {
        organisationId: a.organisation.id,
        caseId,
        kind: "REPLY_EXPECTED",
        title: "Reactie UWV",
        dueOn: new Date("2026-12-10"),
        createdById: volunteer.userId,
      },
    });
    const agenda = await getAdvisorAgenda(volunteer, NOW);
    expect(agenda.deadlines.map((d) => d.title)).toEqual(["Reactie UWV"]);
    expect(agenda.withoutNextStep).toEqual([]);
    expect((await getAdvisorAgenda(b.advisors[0], NOW)).deadlines).toEqual([]);
    await expect(getAdvisorAgenda(a.host, NOW)).rejects.toThrow("refusals.auth.forbidden");
  });
});

describe("quick contacts", () => {
  it("logs a settled question in one step, closed with its actions, and can become a dossier later", async () => {
    const visitId = await visitInConversation(a);
    const logged = await logQuickContact(
      professional,
      { visitId, legalDomainId: domainId, actions: ["EXPLAIN_LETTER", "INFORMATION"], outcome: "SOLVED" },
      { now: NOW },
    );
    expect(logged.ok).toBe(true);
    if (!logged.ok) return;
    const contact = await db.case.findUniqueOrThrow({ where: { id: logged.value.caseId }, include: { actions: true } });
    expect(contact).toMatchObject({
      kind: "QUICK_CONTACT",
      status: "CLOSED",
      outcome: "SOLVED",
      solvedWithoutReferral: true,
      closedAt: NOW,
    });
    expect(contact.actions.map((action) => action.kind).sort()).toEqual(["EXPLAIN_LETTER", "INFORMATION"]);
    expect((await db.visit.findUniqueOrThrow({ where: { id: visitId } })).caseId).toBe(contact.id);
    expect(
      await logQuickContact(professional, {
        visitId,
        legalDomainId: domainId,
        actions: ["INFORMATION"],
        outcome: "SOLVED",
      }),
    ).toEqual({
      ok: false,
      error: "refusals.cases.visitHasContact",
    });

    expect(
      await promoteToDossier(professional, { caseId: contact.id, question: "Toch bezwaar maken", consent: false }),
    ).toMatchObject({ ok: false });
    expect(
      await promoteToDossier(
        professional,
        { caseId: contact.id, question: "Toch bezwaar maken", consent: true },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
      kind: "DOSSIER",
      status: "OPEN",
      outcome: null,
      closedAt: null,
      question: "Toch bezwaar maken",
    });
    expect(await promoteToDossier(professional, { caseId: contact.id, question: "x", consent: true })).toEqual({
      ok: false,
      error: "refusals.cases.alreadyDossier",
    });
  });

  it("needs at least one action and an outcome, and refuses other roles and libraries", async () => {
    const visitId = await visitInConversation(a);
    expect(
      await logQuickContact(professional, { visitId, legalDomainId: domainId, actions: [], outcome: "SOLVED" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { actions: ["refusals.cases.chooseAnAction"] },
    });
    const input = { visitId, legalDomainId: domainId, actions: ["INFORMATION"], outcome: "SOLVED" };
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await logQuickContact(actor, input)).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    expect(await logQuickContact(b.advisors[0], input)).toEqual({ ok: false, error: "refusals.desk.visitNotFound" });
    expect(await db.case.count({ where: { organisationId: a.organisation.id } })).toBe(0);
  });
});

describe("waiting for a third party", () => {
  it("moves an open dossier to waiting and back, with the version it was seen at", async () => {
    const { caseId } = await dossierOf(professional);
    expect(await setCaseWaiting(professional, { caseId, version: 1, waiting: true })).toEqual({
      ok: true,
      value: undefined,
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("WAITING_FOR_THIRD_PARTY");
    expect(await setCaseWaiting(professional, { caseId, version: 1, waiting: false })).toMatchObject({ ok: false });
    expect(await setCaseWaiting(professional, { caseId, version: 2, waiting: false })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await setCaseWaiting(a.host, { caseId, version: 3, waiting: true })).toEqual({
      ok: false,
      error: "refusals.auth.forbidden",
    });
    expect(await setCaseWaiting(b.advisors[0], { caseId, version: 3, waiting: true })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
  });
});

describe("closing and referrals agree", () => {
  it("refuses 'referred' without a referral", async () => {
    const { caseId } = await dossierOf(professional);
    expect(await closeCase(professional, { caseId, version: 1, outcome: "REFERRED" })).toMatchObject({
      ok: false,
      error: "refusals.cases.noReferral",
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");
  });

  it("requires 'referred' when the client was sent on, and records it as not solved without referral", async () => {
    const { caseId } = await dossierOf(professional);
    await db.referral.create({
      data: {
        organisationId: a.organisation.id,
        direction: "OUT",
        clientId: (await db.case.findUniqueOrThrow({ where: { id: caseId } })).clientId,
        caseId,
        partnerId: a.partner.id,
        status: "SENT",
        handover: "INFORMATION_ONLY",
      },
    });
    expect(await closeCase(professional, { caseId, version: 1, outcome: "SOLVED" })).toMatchObject({
      ok: false,
      fieldErrors: { outcome: ["refusals.cases.referredOutcomeRequired"] },
    });
    expect(await closeCase(professional, { caseId, version: 1, outcome: "REFERRED" }, { now: NOW })).toEqual({
      ok: true,
      value: { caseId },
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      outcome: "REFERRED",
      solvedWithoutReferral: false,
    });
  });
});
