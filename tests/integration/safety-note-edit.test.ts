// Two advisors editing the same note: the second is told, with the current text on the page, and
// nothing is overwritten. Every replaced text stays as a revision of the note.
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { closeCase } from "@/lib/cases/close-case";
import {
  editCaseNote,
  NOTE_CASE_CLOSED,
  NOTE_NOT_FOUND,
  NOTE_NOT_YOURS,
  NOTE_UNCHANGED,
} from "@/lib/cases/edit-case-note";
import { editCaseQuestion, QUESTION_CASE_CLOSED, QUESTION_CHANGED_MEANWHILE } from "@/lib/cases/edit-case-question";
import { openDossier } from "@/lib/cases/open-dossier";
import { getDossier } from "@/lib/cases/queries";
import { db } from "@/lib/db";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let professional: Actor;
let volunteer: Actor;
let caseId: string;
let noteId: string;
const LATER = new Date(NOW.getTime() + 5 * 60_000);

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  [professional, volunteer] = a.advisors;
  // The volunteer works under the professional's supervision.
  await db.user.update({ where: { id: volunteer.userId }, data: { supervisorId: professional.userId } });
  const domainId = (await topLevelCategory()).id;
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
      question: "Terugvordering zorgtoeslag",
      legalDomainId: domainId,
      consent: true,
    },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  caseId = opened.value.caseId;
  const added = await addCaseNote(
    volunteer,
    { caseId, body: "Cliënt heeft brief van 3 maart meegenomen." },
    { now: NOW },
  );
  if (!added.ok) throw new Error(JSON.stringify(added.error));
  noteId = added.value.noteId;
});

const note = () =>
  db.caseNote.findUniqueOrThrow({ where: { id: noteId }, include: { revisions: { orderBy: { version: "asc" } } } });

describe("editCaseNote", () => {
  it("lets the writer change the note, keeps the old text as a revision and audits the edit without the text", async () => {
    const result = await editCaseNote(
      volunteer,
      { noteId, body: "Cliënt heeft brief van 3 maart 2026 meegenomen.", expectedVersion: 1 },
      { now: LATER },
    );
    expect(result).toEqual({ ok: true, value: { version: 2 } });
    const saved = await note();
    expect(saved).toMatchObject({
      body: "Cliënt heeft brief van 3 maart 2026 meegenomen.",
      version: 2,
      editedById: volunteer.userId,
      editedAt: LATER,
    });
    expect(saved.revisions).toEqual([
      expect.objectContaining({
        version: 1,
        body: "Cliënt heeft brief van 3 maart meegenomen.",
        writtenById: volunteer.userId,
        replacedAt: LATER,
      }),
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.note_edit", entityId: noteId } });
    expect(audit).toMatchObject({ actorId: volunteer.userId, access: "WRITE", entityType: "CaseNote" });
    expect(audit.details).toEqual({ caseId, fromVersion: 1, toVersion: 2 });
    expect(JSON.stringify(audit.details)).not.toContain("brief");
  });

  it("lets the supervising professional correct the volunteer's note; the dossier shows who and the history", async () => {
    expect(
      await editCaseNote(
        professional,
        { noteId, body: "Gecorrigeerd door begeleider.", expectedVersion: 1 },
        { now: LATER },
      ),
    ).toMatchObject({ ok: true });
    const dossier = await getDossier(professional, caseId);
    expect(dossier?.notes[0]).toMatchObject({
      body: "Gecorrigeerd door begeleider.",
      version: 2,
      editedBy: { name: expect.any(String) },
    });
    expect(dossier?.notes[0].revisions).toEqual([
      expect.objectContaining({ version: 1, body: "Cliënt heeft brief van 3 maart meegenomen." }),
    ]);
  });

  it("refuses the second of two advisors who started from the same version, and overwrites nothing", async () => {
    const first = await editCaseNote(
      volunteer,
      { noteId, body: "Versie van de vrijwilliger.", expectedVersion: 1 },
      { now: LATER },
    );
    expect(first.ok).toBe(true);
    const second = await editCaseNote(
      professional,
      { noteId, body: "Versie van de begeleider.", expectedVersion: 1 },
      { now: LATER },
    );
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error).toEqual({
      key: "refusals.cases.noteChangedMeanwhile",
      values: { editor: expect.any(String), at: expect.any(Date) },
    });
    const saved = await note();
    expect(saved).toMatchObject({ body: "Versie van de vrijwilliger.", version: 2 });
    expect(saved.revisions).toHaveLength(1);
    // Having seen the current text, the professional saves on top of it.
    expect(
      await editCaseNote(
        professional,
        { noteId, body: "Versie van de begeleider.", expectedVersion: 2 },
        { now: LATER },
      ),
    ).toEqual({ ok: true, value: { version: 3 } });
    expect((await note()).revisions.map((revision) => revision.body)).toEqual([
      "Cliënt heeft brief van 3 maart meegenomen.",
      "Versie van de vrijwilliger.",
    ]);
  });

  it("lets exactly one of two saves at the same moment win", async () => {
    const results = await Promise.all([
      editCaseNote(volunteer, { noteId, body: "Tegelijk A", expectedVersion: 1 }, { now: LATER }),
      editCaseNote(professional, { noteId, body: "Tegelijk B", expectedVersion: 1 }, { now: LATER }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const saved = await note();
    expect(saved.version).toBe(2);
    expect(saved.revisions).toHaveLength(1);
    expect(["Tegelijk A", "Tegelijk B"]).toContain(saved.body);
  });

  it("refuses a colleague who reads the dossier but did not write the note", async () => {
    const colleague = b.advisors[0];
    const sameLibraryColleague = { ...colleague, organisationId: a.organisation.id };
    await db.user.update({ where: { id: colleague.userId }, data: { organisationId: a.organisation.id } });
    await db.caseShare.create({ data: { caseId, userId: colleague.userId } });
    expect(
      await editCaseNote(sameLibraryColleague, { noteId, body: "Overgeschreven", expectedVersion: 1 }, { now: LATER }),
    ).toEqual({ ok: false, error: NOTE_NOT_YOURS });
    expect((await note()).version).toBe(1);
  });

  it("refuses a host, a coordinator and an admin by role, and another library's advisor as not found", async () => {
    for (const actor of [a.host, a.coordinator, a.admin]) {
      expect(await editCaseNote(actor, { noteId, body: "Nee", expectedVersion: 1 }, { now: LATER })).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    }
    expect(await editCaseNote(b.advisors[0], { noteId, body: "Nee", expectedVersion: 1 }, { now: LATER })).toEqual({
      ok: false,
      error: NOTE_NOT_FOUND,
    });
    expect(await editCaseNote(null, { noteId, body: "Nee", expectedVersion: 1 }, { now: LATER })).toMatchObject({
      ok: false,
    });
    expect(await note()).toMatchObject({ version: 1, body: "Cliënt heeft brief van 3 maart meegenomen." });
  });

  it("refuses an empty text, no version, an unchanged text and a closed dossier", async () => {
    expect(await editCaseNote(volunteer, { noteId, body: "  ", expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: INVALID_INPUT,
      fieldErrors: { body: ["refusals.cases.noteRequired"] },
    });
    expect(await editCaseNote(volunteer, { noteId, body: "Iets" })).toMatchObject({ ok: false, error: INVALID_INPUT });
    expect(
      await editCaseNote(volunteer, { noteId, body: "Cliënt heeft brief van 3 maart meegenomen.", expectedVersion: 1 }),
    ).toMatchObject({ ok: false, error: NOTE_UNCHANGED });
    const dossier = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(
      await closeCase(volunteer, { caseId, version: dossier.version, outcome: "SOLVED" }, { now: LATER }),
    ).toMatchObject({ ok: true });
    expect(await editCaseNote(volunteer, { noteId, body: "Na sluiten", expectedVersion: 1 })).toEqual({
      ok: false,
      error: NOTE_CASE_CLOSED,
    });
    expect((await note()).version).toBe(1);
  });
});

describe("editCaseQuestion", () => {
  const question = async () =>
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { question: true, version: true } });

  it("lets the responsible advisor and their supervisor correct the question; the second of two on the same version is refused", async () => {
    const { version } = await question();
    expect(
      await editCaseQuestion(volunteer, { caseId, question: "Terugvordering zorgtoeslag 2025 (€ 1.240)", version }),
    ).toEqual({ ok: true, value: { version: version + 1 } });
    expect(await editCaseQuestion(professional, { caseId, question: "Iets anders", version })).toEqual({
      ok: false,
      error: QUESTION_CHANGED_MEANWHILE,
    });
    expect(await question()).toEqual({ question: "Terugvordering zorgtoeslag 2025 (€ 1.240)", version: version + 1 });
    expect(
      await editCaseQuestion(professional, {
        caseId,
        question: "Terugvordering zorgtoeslag 2025 en 2024",
        version: version + 1,
      }),
    ).toMatchObject({ ok: true });
    const audits = await db.auditEvent.findMany({
      where: { action: "case.question_edit", entityId: caseId },
      select: { actorId: true, details: true },
    });
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain("zorgtoeslag");
  });

  it("answers a version beyond the column's range with 'reload the page', not a crash", async () => {
    const before = await question();
    // Found by the use-case fuzz: a PostgreSQL integer overflow in the update's condition.
    expect(await editCaseQuestion(volunteer, { caseId, question: "Iets", version: 9007199254740983 })).toMatchObject({
      ok: false,
      fieldErrors: { version: ["refusals.common.reloadPage"] },
    });
    expect(await question()).toEqual(before);
  });

  it("lets exactly one of two saves at the same moment win", async () => {
    const { version } = await question();
    const results = await Promise.all([
      editCaseQuestion(volunteer, { caseId, question: "Tegelijk A", version }),
      editCaseQuestion(professional, { caseId, question: "Tegelijk B", version }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await question()).version).toBe(version + 1);
  });

  it("refuses a host, a coordinator and an admin by role, another library's advisor as not found, and a closed dossier", async () => {
    const { version } = await question();
    for (const actor of [a.host, a.coordinator, a.admin]) {
      expect(await editCaseQuestion(actor, { caseId, question: "Nee", version })).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    }
    expect(await editCaseQuestion(b.advisors[0], { caseId, question: "Nee", version })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
    expect(await closeCase(volunteer, { caseId, version, outcome: "SOLVED" }, { now: LATER })).toMatchObject({
      ok: true,
    });
    expect(await editCaseQuestion(volunteer, { caseId, question: "Na sluiten", version: version + 1 })).toEqual({
      ok: false,
      error: QUESTION_CASE_CLOSED,
    });
    expect((await question()).question).toBe("Terugvordering zorgtoeslag");
  });
});
