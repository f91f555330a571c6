import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { closeCase } from "@/lib/cases/close-case";
import { openDossier } from "@/lib/cases/open-dossier";
import { db } from "@/lib/db";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { deleteDocument } from "@/lib/documents/delete-document";
import { readDocument } from "@/lib/documents/read-document";
import { draftLetter } from "@/lib/letters/draft-letter";
import { getLetterContext } from "@/lib/letters/queries";
import { approveLetter, returnLetter, reviseLetter, setLetterReview } from "@/lib/letters/review";
import { lettersAwaitReview, listLetterReviews } from "@/lib/letters/review-queries";
import { saveLetter } from "@/lib/letters/save-letter";
import { actorOf, createUser } from "../support/factories";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
type Actor = Library["host"];
let a: Library;
let b: Library;
let professional: Actor;
let volunteer: Actor;
let colleague: Actor;
let caseId: string;
let clientId: string;

const NO_ACCESS = { ok: false, error: "refusals.auth.forbidden" };
const NOT_FOUND = { ok: false, error: "refusals.cases.notFound" };

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  const domainId = (await topLevelCategory()).id;
  professional = a.advisors[0];
  const supervised = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  await db.user.update({ where: { id: supervised.id }, data: { supervisorId: professional.userId } });
  volunteer = actorOf(supervised);
  colleague = a.advisors[1];

  const registered = await registerWalkIn(
    a.host,
    { sessionId: a.session.id, categoryId: domainId, client: { newClient: { displayName: "M. Yilmaz" } } },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(a.host, { visitId: registered.value.visitId }, { now: NOW });
  const opened = await openDossier(
    volunteer,
    {
      visitId: registered.value.visitId,
      question: "Zorgtoeslag 2025 wordt teruggevorderd",
      legalDomainId: domainId,
      consent: true,
    },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  caseId = opened.value.caseId;
  clientId = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).clientId;
});

const objection = () => ({
  kind: "OBJECTION",
  caseId,
  clientName: "Meryem Yilmaz",
  clientStreet: "Enschedesestraat 12",
  clientPostcodeTown: "7551 AB Hengelo",
  place: "Hengelo",
  letterDate: "2026-12-01",
  authorityName: "Belastingdienst/Toeslagen",
  authorityStreet: "Postbus 8000",
  authorityPostcodeTown: "7500 AB Enschede",
  decisionDate: "2026-11-03",
  decisionReference: "ZT-2025-00123",
  subject: "Terugvordering zorgtoeslag 2025",
  grounds: "Mijn inkomen was lager dan de Belastingdienst denkt.",
  requestHearing: true,
  attachments: ["Kopie van het besluit"],
});

/** What the advisor saves: the composed text, with one word changed by hand. */
async function editedObjection(actor: Actor = volunteer) {
  const draft = await draftLetter(actor, objection(), { now: NOW });
  if (!draft.ok) throw new Error(JSON.stringify(draft.error));
  return { ...objection(), text: draft.value.text.replace("lager", "veel lager") };
}

/** Counts of what saving a letter writes; the database is shared by the tests of this file. */
const written = async () => ({
  documents: await db.document.count({ where: { caseId } }),
  contents: await db.documentContent.count(),
  actions: await db.caseAction.count({ where: { caseId } }),
  events: await db.auditEvent.count({
    where: { access: "WRITE", action: { in: ["letter.create", "document.store"] } },
  }),
});

function documentXml(bytes: Uint8Array) {
  return strFromU8(unzipSync(bytes)["word/document.xml"]);
}

describe("draftLetter", () => {
  it("composes the letter and the objection term from the facts, and stores nothing", async () => {
    const before = await written();
    const draft = await draftLetter(volunteer, objection(), { now: NOW });
    expect(draft).toMatchObject({ ok: true, value: { objectionTerm: { dueOn: "2026-12-15", late: false } } });
    if (!draft.ok) return;
    expect(draft.value.text).toContain("Betreft: bezwaar tegen uw besluit van 3 november 2026, kenmerk ZT-2025-00123");
    expect(await written()).toEqual(before);
  });

  it("warns when the letter is dated after the term, and when a complaint is about something over a year old", async () => {
    const late = await draftLetter(volunteer, { ...objection(), decisionDate: "2026-10-01" }, { now: NOW });
    expect(late).toMatchObject({ ok: true, value: { objectionTerm: { dueOn: "2026-11-12", late: true } } });
    const complaint = {
      ...objection(),
      kind: "COMPLAINT",
      subject: "Onvriendelijke behandeling",
      wishes: "Excuses.",
      incidentDate: "2025-11-30",
    };
    expect(await draftLetter(volunteer, complaint, { now: NOW })).toMatchObject({
      ok: true,
      value: { complaintOverAYear: true },
    });
    expect(await draftLetter(volunteer, { ...complaint, incidentDate: "2025-12-01" }, { now: NOW })).toMatchObject({
      ok: true,
      value: { complaintOverAYear: false },
    });
  });

  it("answers only those who may work on the dossier", async () => {
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await draftLetter(actor, objection(), { now: NOW })).toEqual(NO_ACCESS);
    for (const actor of [colleague, b.advisors[0]])
      expect(await draftLetter(actor, objection(), { now: NOW })).toEqual(NOT_FOUND);
    expect((await draftLetter(professional, objection(), { now: NOW })).ok).toBe(true);
  });
});

describe("saveLetter", () => {
  it("stores the edited letter as a .docx in the dossier, with an action and an audit event", async () => {
    const input = await editedObjection();
    const saved = await saveLetter(volunteer, input, { now: NOW });
    expect(saved).toMatchObject({ ok: true, value: { documentId: expect.any(String) } });
    if (!saved.ok) return;

    const document = await db.document.findUniqueOrThrow({ where: { id: saved.value.documentId } });
    expect(document).toMatchObject({
      organisationId: a.organisation.id,
      caseId,
      kind: "GENERATED_LETTER",
      fileName: "Bezwaarschrift Belastingdienst Toeslagen 2026-12-01.docx",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      uploadedById: volunteer.userId,
      deletedAt: null,
    });
    const { bytes } = await db.documentContent.findUniqueOrThrow({ where: { storageKey: document.storageKey } });
    expect(Buffer.from(bytes).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(document.sizeBytes).toBe(bytes.byteLength);
    expect(document.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const xml = documentXml(new Uint8Array(bytes));
    expect(xml).toContain("Mijn inkomen was veel lager dan de Belastingdienst denkt.");
    expect(xml).toContain("Betreft: bezwaar tegen uw besluit van 3 november 2026, kenmerk ZT-2025-00123");

    expect(
      await db.caseAction.findMany({
        where: { caseId },
        select: { kind: true, description: true, performedById: true, performedAt: true },
      }),
    ).toEqual([
      {
        kind: "OBJECTION_LETTER",
        description:
          "Bezwaarschrift aan Belastingdienst/Toeslagen tegen het besluit van 3 november 2026, kenmerk ZT-2025-00123",
        performedById: volunteer.userId,
        performedAt: NOW,
      },
    ]);
    const events = await db.auditEvent.findMany({ where: { action: "letter.create" } });
    expect(events).toEqual([
      expect.objectContaining({
        access: "WRITE",
        actorId: volunteer.userId,
        entityType: "Document",
        entityId: document.id,
        clientId,
        details: { caseId, kind: "OBJECTION" },
      }),
    ]);

    const read = await readDocument(volunteer, { caseId, documentId: document.id });
    expect(read?.bytes && Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("stores a complaint letter as a complaint-letter action", async () => {
    const complaint = {
      ...objection(),
      kind: "COMPLAINT",
      subject: "Onvriendelijke behandeling aan de telefoon",
      wishes: "Ik wil excuses.",
      text: "Klachtenbrief\n\nBetreft: klacht",
    };
    expect((await saveLetter(volunteer, complaint, { now: NOW })).ok).toBe(true);
    expect(await db.caseAction.findMany({ where: { caseId }, select: { kind: true, description: true } })).toEqual([
      { kind: "COMPLAINT_LETTER", description: "Klachtenbrief aan Belastingdienst/Toeslagen" },
    ]);
    expect((await db.document.findFirstOrThrow({ where: { caseId } })).fileName).toBe(
      "Klachtenbrief Belastingdienst Toeslagen 2026-12-01.docx",
    );
  });

  it("writes nothing on bad input, and says in Dutch what to fix", async () => {
    const input = await editedObjection();
    const before = await written();
    expect(
      await saveLetter(
        volunteer,
        { ...input, clientStreet: " ", clientPostcodeTown: "Hengelo", text: "" },
        { now: NOW },
      ),
    ).toEqual({
      ok: false,
      error: "refusals.common.invalidInput",
      fieldErrors: {
        clientStreet: ["refusals.letters.clientStreetRequired"],
        clientPostcodeTown: ["refusals.letters.postcodeTown.client.format"],
        text: ["refusals.letters.letterEmpty"],
      },
    });
    expect(
      await saveLetter(volunteer, { ...input, decisionDate: "2026-12-02", letterDate: "2026-12-02" }, { now: NOW }),
    ).toEqual({
      ok: false,
      error: "refusals.common.invalidInput",
      fieldErrors: { decisionDate: ["refusals.deadlines.letterDateInFuture"] },
    });
    expect(await written()).toEqual(before);
  });

  it("refuses a host, a coordinator and an admin; a colleague without access and another library find no dossier", async () => {
    const input = await editedObjection();
    const before = await written();
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await saveLetter(actor, input, { now: NOW })).toEqual(NO_ACCESS);
    for (const actor of [colleague, b.advisors[0]])
      expect(await saveLetter(actor, input, { now: NOW })).toEqual(NOT_FOUND);
    expect(await written()).toEqual(before);
  });

  it("lets the supervising professional and a colleague the dossier is shared with save a letter", async () => {
    expect((await saveLetter(professional, await editedObjection(professional), { now: NOW })).ok).toBe(true);
    await db.caseShare.create({ data: { caseId, userId: colleague.userId } });
    expect((await saveLetter(colleague, await editedObjection(colleague), { now: NOW })).ok).toBe(true);
    expect(await db.document.count({ where: { caseId, kind: "GENERATED_LETTER" } })).toBe(2);
  });

  it("keeps a saved letter from everyone without access to the dossier", async () => {
    const saved = await saveLetter(volunteer, await editedObjection(), { now: NOW });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const ref = { caseId, documentId: saved.value.documentId };
    for (const actor of [a.host, a.coordinator, a.admin])
      await expect(readDocument(actor, ref)).rejects.toThrow("refusals.auth.forbidden");
    for (const actor of [colleague, b.advisors[0]]) expect(await readDocument(actor, ref)).toBeNull();
    expect(await readDocument(professional, ref)).not.toBeNull();
  });

  it("adds no letter to a closed dossier", async () => {
    const input = await editedObjection();
    await closeCase(volunteer, { caseId, version: 1, outcome: "SOLVED" }, { now: NOW });
    expect(await saveLetter(volunteer, input, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.documents.caseClosed",
    });
    expect(await db.document.count({ where: { caseId } })).toBe(0);
  });
});

describe("getLetterContext", () => {
  it("prefills the client's name and the library's town for readers, audited; nothing for anyone else", async () => {
    expect(await getLetterContext(volunteer, caseId)).toEqual({
      caseId,
      closed: false,
      question: "Zorgtoeslag 2025 wordt teruggevorderd",
      clientName: "M. Yilmaz",
      place: "Teststad",
      addressee: { name: "", department: "", street: "", postcodeTown: "" },
    });
    expect(await getLetterContext(colleague, caseId)).toBeNull();
    expect(await getLetterContext(b.advisors[0], caseId)).toBeNull();
    for (const actor of [a.host, a.coordinator, a.admin])
      await expect(getLetterContext(actor, caseId)).rejects.toThrow("refusals.auth.forbidden");
    const reads = await db.auditEvent.findMany({ where: { entityId: caseId, access: "READ" }, orderBy: { id: "asc" } });
    expect(reads.map((event) => [event.actorId, event.action, event.details])).toEqual([
      [volunteer.userId, "case.read", { view: "letter" }],
      [colleague.userId, "case.read_refused", { view: "letter" }],
      [b.advisors[0].userId, "case.read_refused", { view: "letter" }],
    ]);
  });
});

describe("the other kinds of letter", () => {
  it("records each as the action it is, named in the file and the dossier, without its content", async () => {
    const facts = {
      caseId,
      clientName: "Meryem Yilmaz",
      clientStreet: "Enschedesestraat 12",
      clientPostcodeTown: "7551 AB Hengelo",
      place: "Hengelo",
      letterDate: "2026-12-01",
      authorityName: "Gemeente Hengelo",
      authorityStreet: "Postbus 18",
      authorityPostcodeTown: "7550 AA Hengelo",
      grounds: "Geen geld voor deze kosten.",
    };
    const letters = [
      { kind: "PRO_FORMA_OBJECTION", decisionDate: "2026-11-20", subject: "Eigen bijdrage Wmo", grounds: undefined },
      { kind: "PAYMENT_ARRANGEMENT", subject: "De huurachterstand", monthlyAmount: "50" },
      { kind: "GARNISHMENT_RECALCULATION", subject: "Mijn uitkering" },
      {
        kind: "TERM_EXTENSION",
        subject: "Het opsturen van mijn bankafschriften",
        currentDueDate: "2026-12-08",
        requestedDate: "2026-12-22",
      },
      { kind: "SPECIAL_ASSISTANCE", subject: "Een nieuwe koelkast", amount: "399" },
    ];
    for (const letter of letters) {
      const draft = await draftLetter(professional, { ...facts, ...letter }, { now: NOW });
      if (!draft.ok) throw new Error(JSON.stringify(draft));
      const saved = await saveLetter(professional, { ...facts, ...letter, text: draft.value.text }, { now: NOW });
      expect(saved).toMatchObject({ ok: true, value: { awaitsReview: false } });
    }
    const actions = await db.caseAction.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } });
    expect(actions.map((action) => [action.kind, action.description])).toEqual([
      ["OBJECTION_LETTER", "Pro-formabezwaar aan Gemeente Hengelo tegen het besluit van 20 november 2026"],
      ["PAYMENT_PLAN", "Verzoek betalingsregeling aan Gemeente Hengelo"],
      ["RECALCULATE_BESLAGVRIJE_VOET", "Verzoek herberekening beslagvrije voet aan Gemeente Hengelo"],
      ["OTHER_LETTER", "Verzoek om uitstel aan Gemeente Hengelo"],
      ["APPLICATION", "Aanvraag bijzondere bijstand aan Gemeente Hengelo"],
    ]);
    const names = (await db.document.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } })).map(
      (document) => document.fileName,
    );
    expect(names).toEqual([
      "Pro-formabezwaar Gemeente Hengelo 2026-12-01.docx",
      "Verzoek betalingsregeling Gemeente Hengelo 2026-12-01.docx",
      "Verzoek herberekening beslagvrije voet Gemeente Hengelo 2026-12-01.docx",
      "Verzoek om uitstel Gemeente Hengelo 2026-12-01.docx",
      "Aanvraag bijzondere bijstand Gemeente Hengelo 2026-12-01.docx",
    ]);
  });
});

describe("review of a volunteer's letter", () => {
  async function savedByVolunteer() {
    const saved = await saveLetter(volunteer, await editedObjection(), { now: NOW });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const review = await db.letterReview.findUniqueOrThrow({ where: { documentId: saved.value.documentId } });
    return { documentId: saved.value.documentId, review };
  }
  const headerXml = async (documentId: string) => {
    const read = await readDocument(professional, { caseId, documentId });
    const files = unzipSync(read!.bytes);
    return Object.keys(files)
      .filter((name) => name.startsWith("word/header"))
      .map((name) => strFromU8(files[name]))
      .join("");
  };

  it("keeps it a draft marked CONCEPT until the supervisor returns it once and then approves it", async () => {
    const { documentId, review } = await savedByVolunteer();
    expect(review).toMatchObject({ status: "AWAITING_REVIEW", authorId: volunteer.userId, version: 1 });
    expect(await headerXml(documentId)).toContain("CONCEPT");

    // Only the volunteer's supervisor decides; a colleague, the author and another library find nothing.
    for (const actor of [colleague, volunteer, b.advisors[0]])
      expect(await returnLetter(actor, { reviewId: review.id, version: 1, comment: "Anders" })).toMatchObject({
        error: "refusals.letterReview.notFound",
      });
    for (const actor of [a.host, a.coordinator])
      expect(await approveLetter(actor, { reviewId: review.id, version: 1 })).toMatchObject({ ok: false });
    expect(await returnLetter(professional, { reviewId: review.id, version: 1, comment: " " })).toMatchObject({
      fieldErrors: { comment: ["refusals.letterReview.commentRequired"] },
    });

    expect(
      await returnLetter(professional, {
        reviewId: review.id,
        version: 1,
        comment: "Noem ook dat de inkomensverklaring bijgevoegd is.",
      }),
    ).toEqual({ ok: true, value: undefined });
    // A decision on the version before is refused: the reviewer reads the letter again first.
    expect(await approveLetter(professional, { reviewId: review.id, version: 1 })).toMatchObject({
      error: "refusals.letterReview.changedMeanwhile",
    });
    expect(await approveLetter(professional, { reviewId: review.id, version: 2 })).toMatchObject({
      error: "refusals.letterReview.notAwaiting",
    });
    const mine = await listLetterReviews(volunteer);
    expect(mine.mine.map((entry) => [entry.status, entry.steps.at(-1)?.comment])).toEqual([
      ["RETURNED", "Noem ook dat de inkomensverklaring bijgevoegd is."],
    ]);

    const revised = `${review.text}\n\nBijlage: inkomensverklaring 2025`;
    expect(await reviseLetter(colleague, { reviewId: review.id, version: 2, text: revised })).toMatchObject({
      error: "refusals.letterReview.notFound",
    });
    expect(await reviseLetter(volunteer, { reviewId: review.id, version: 2, text: revised })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await headerXml(documentId)).toContain("CONCEPT");
    expect((await listLetterReviews(professional)).toReview.map((entry) => entry.text)).toEqual([revised]);

    expect(await approveLetter(professional, { reviewId: review.id, version: 3 })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await headerXml(documentId)).toBe("");
    const read = await readDocument(professional, { caseId, documentId });
    expect(documentXml(read!.bytes)).toContain("inkomensverklaring 2025");
    const steps = await db.letterReviewEvent.findMany({ where: { reviewId: review.id }, orderBy: { at: "asc" } });
    expect(steps.map((step) => step.step)).toEqual(["SUBMITTED", "RETURNED", "RESUBMITTED", "APPROVED"]);
    expect(
      (
        await db.auditEvent.findMany({
          where: { entityId: review.id },
          orderBy: { id: "asc" },
          select: { action: true, clientId: true },
        })
      ).map((event) => [event.action, event.clientId]),
    ).toEqual([
      ["letter.submit_for_review", clientId],
      ["letter.return", clientId],
      ["letter.revise", clientId],
      ["letter.approve", clientId],
    ]);
    expect(await listLetterReviews(professional)).toEqual({ toReview: [], mine: [] });
  });

  it("keeps no old bytes: a revision and an approval replace the document's content", async () => {
    const { documentId, review } = await savedByVolunteer();
    const contents = await db.documentContent.count();
    await returnLetter(professional, { reviewId: review.id, version: 1, comment: "Korter graag." });
    await reviseLetter(volunteer, { reviewId: review.id, version: 2, text: "Korter." });
    await approveLetter(professional, { reviewId: review.id, version: 3 });
    expect(await db.documentContent.count()).toBe(contents);
    const document = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(await db.documentContent.count({ where: { storageKey: document.storageKey } })).toBe(1);
  });

  it("goes with its document: removed from the dossier, the letter's text and comments are gone too", async () => {
    const { documentId, review } = await savedByVolunteer();
    await returnLetter(professional, { reviewId: review.id, version: 1, comment: "Korter graag." });
    expect(await deleteDocument(volunteer, { caseId, documentId }, { now: NOW })).toMatchObject({ ok: true });
    expect(await db.letterReview.count({ where: { id: review.id } })).toBe(0);
    expect(await db.letterReviewEvent.count({ where: { reviewId: review.id } })).toBe(0);
    expect(await reviseLetter(volunteer, { reviewId: review.id, version: 2, text: "Korter." })).toMatchObject({
      error: "refusals.letterReview.notFound",
    });
  });

  it("is only for a supervisor who may read the dossier: not on a colleague's shared one, not after a hand-over", async () => {
    expect(await lettersAwaitReview(volunteer, caseId)).toBe(true);
    // A colleague's dossier shared with the volunteer (an aftercare task): the supervisor cannot read it.
    const shared = await db.case.create({
      data: {
        organisationId: a.organisation.id,
        clientId,
        responsibleAdvisorId: colleague.userId,
        question: "Huurachterstand",
        openedAt: NOW,
        shares: { create: { userId: volunteer.userId } },
      },
    });
    expect(await lettersAwaitReview(volunteer, shared.id)).toBe(false);
    const onShared = await saveLetter(volunteer, { ...(await editedObjection()), caseId: shared.id }, { now: NOW });
    expect(onShared).toMatchObject({ ok: true, value: { awaitsReview: false } });

    // Handed over to the colleague: the supervisor no longer reads the dossier, nor its letter.
    const { review } = await savedByVolunteer();
    await db.case.update({ where: { id: caseId }, data: { responsibleAdvisorId: colleague.userId } });
    expect(await listLetterReviews(professional)).toEqual({ toReview: [], mine: [] });
    expect(await approveLetter(professional, { reviewId: review.id, version: 1 })).toMatchObject({
      error: "refusals.letterReview.notFound",
    });
    expect((await db.letterReview.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("AWAITING_REVIEW");
  });

  it("is not asked of a professional, nor of a volunteer when the coordinator switched it off", async () => {
    const byProfessional = await saveLetter(professional, await editedObjection(professional), { now: NOW });
    expect(byProfessional).toMatchObject({ ok: true, value: { awaitsReview: false } });
    expect(await setLetterReview(volunteer, { reviewVolunteerLetters: false })).toMatchObject({ ok: false });
    expect(await setLetterReview(a.coordinator, { reviewVolunteerLetters: false })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await lettersAwaitReview(volunteer, caseId)).toBe(false);
    const byVolunteer = await saveLetter(volunteer, await editedObjection(), { now: NOW });
    expect(byVolunteer).toMatchObject({ ok: true, value: { awaitsReview: false } });
    expect(await db.letterReview.count({ where: { caseId } })).toBe(0);
    // Another library's setting is its own.
    expect((await db.organisation.findUniqueOrThrow({ where: { id: b.organisation.id } })).reviewVolunteerLetters).toBe(
      true,
    );
  });
});
