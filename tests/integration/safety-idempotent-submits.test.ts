// A double click or a resubmitted form must not create a record twice: every create-form sends a
// submission key, and the same key gives the first answer back and writes nothing more, also when
// both submits arrive at the same moment.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { openDossier } from "@/lib/cases/open-dossier";
import { db } from "@/lib/db";
import { bookAppointment } from "@/lib/desk/book-appointment";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { uploadDocument } from "@/lib/documents/upload-document";
import { referOut } from "@/lib/referrals/refer-out";
import { SUBMISSION_KEY_INVALID, SUBMISSION_KEY_USED } from "@/lib/submissions";
import { logCaseTime } from "@/lib/time/log-case-time";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let advisor: Actor;
let domainId: string;
let lawyerId: string;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek ${Math.random()}`);
  advisor = a.advisors[0];
  domainId = (await topLevelCategory()).id;
  lawyerId = (
    await db.partner.create({
      data: { organisationId: a.organisation.id, name: "Advocatenkantoor Test", type: "LAWYER" },
    })
  ).id;
});

const walkIn = (displayName = "J. de Vries") => ({
  sessionId: a.session.id,
  categoryId: domainId,
  referrerPartnerId: null,
  client: { newClient: { displayName } },
});

async function visitInConversation() {
  const registered = await registerWalkIn(a.host, walkIn("M. Yilmaz"), { now: NOW });
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(a.host, { visitId: registered.value.visitId }, { now: NOW });
  return registered.value.visitId;
}

async function openCase() {
  const opened = await openDossier(
    advisor,
    {
      visitId: await visitInConversation(),
      question: "Terugvordering zorgtoeslag",
      legalDomainId: domainId,
      consent: true,
    },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return opened.value.caseId;
}

type Form = {
  name: string;
  submit: (submissionId: string) => Promise<unknown>;
  /** How many records of the kind the form creates exist in the organisation. */
  count: () => Promise<number>;
};

/** The seven create-forms the issue names, each with what it creates. */
async function forms(): Promise<Form[]> {
  const org = { organisationId: a.organisation.id };
  const caseId = await openCase();
  const dossierVisit = await visitInConversation();
  return [
    {
      name: "register walk-in",
      submit: (submissionId) => registerWalkIn(a.host, { ...walkIn(), submissionId }, { now: NOW }),
      count: () => db.visit.count({ where: { ...org, client: { displayName: "J. de Vries" } } }),
    },
    {
      name: "book appointment",
      submit: (submissionId) =>
        bookAppointment(
          a.host,
          {
            slotId: a.session.slots.at(-1)!.id,
            categoryId: null,
            client: { newClient: { displayName: "Alleen telefoon", phone: "0612345678" } },
            submissionId,
          },
          { now: NOW },
        ),
      count: () => db.visit.count({ where: { ...org, kind: "APPOINTMENT" } }),
    },
    {
      name: "open dossier",
      submit: (submissionId) =>
        openDossier(
          advisor,
          { visitId: dossierVisit, question: "Beslag op loon", legalDomainId: domainId, consent: true, submissionId },
          { now: NOW },
        ),
      count: () => db.case.count({ where: { ...org, question: "Beslag op loon" } }),
    },
    {
      name: "add note",
      submit: (submissionId) =>
        addCaseNote(advisor, { caseId, body: "Gebeld met Toeslagen.", submissionId }, { now: NOW }),
      count: () => db.caseNote.count({ where: { caseId } }),
    },
    {
      name: "log time",
      submit: (submissionId) => logCaseTime(advisor, { caseId, minutes: 25, submissionId }, { now: NOW }),
      count: () => db.timeEntry.count({ where: { caseId } }),
    },
    {
      name: "refer out",
      submit: (submissionId) =>
        referOut(
          advisor,
          {
            caseId,
            partnerId: lawyerId,
            reason: "Heeft een advocaat nodig.",
            handover: "INFORMATION_ONLY",
            submissionId,
          },
          { now: NOW },
        ),
      count: () => db.referral.count({ where: { caseId, direction: "OUT" } }),
    },
    {
      name: "upload document",
      submit: (submissionId) => {
        const form = new FormData();
        form.set("submissionId", submissionId);
        return uploadDocument(
          advisor,
          { caseId, file: new File([new Uint8Array(PDF)], "brief.pdf"), submissionId: form.get("submissionId") },
          { now: NOW },
        );
      },
      count: () => db.document.count({ where: { caseId } }),
    },
  ];
}

describe("a create-form submitted twice with the same key", () => {
  it("writes one record and answers the second submit with the first result, for every create-form", async () => {
    for (const form of await forms()) {
      const before = await form.count();
      const key = randomUUID();
      const first = await form.submit(key);
      expect(first, form.name).toMatchObject({ ok: true });
      const auditsAfterFirst = await db.auditEvent.count();
      const second = await form.submit(key);
      expect(second, form.name).toEqual(first);
      expect(await form.count(), form.name).toBe(before + 1);
      // Nothing written the second time, the audit log included.
      expect(await db.auditEvent.count(), form.name).toBe(auditsAfterFirst);
      expect(await db.submission.count({ where: { organisationId: a.organisation.id, key } }), form.name).toBe(1);
    }
  });

  it("writes one record when both submits arrive at the same moment (a double click)", async () => {
    for (const form of await forms()) {
      const before = await form.count();
      const key = randomUUID();
      const [first, second] = await Promise.all([form.submit(key), form.submit(key)]);
      expect(first, form.name).toMatchObject({ ok: true });
      expect(second, form.name).toEqual(first);
      expect(await form.count(), form.name).toBe(before + 1);
    }
  });

  it("keeps a date in the repeated answer a date (the walk-in's half hour)", async () => {
    const key = randomUUID();
    const first = await registerWalkIn(a.host, { ...walkIn(), submissionId: key }, { now: NOW });
    const second = await registerWalkIn(a.host, { ...walkIn(), submissionId: key }, { now: NOW });
    expect(first.ok && second.ok && second.value.slotStartsAt instanceof Date).toBe(true);
    expect(second).toEqual(first);
  });

  it("writes a new record for a new key, and without a key as before", async () => {
    const first = await registerWalkIn(a.host, { ...walkIn(), submissionId: randomUUID() }, { now: NOW });
    const second = await registerWalkIn(a.host, { ...walkIn(), submissionId: randomUUID() }, { now: NOW });
    const third = await registerWalkIn(a.host, walkIn(), { now: NOW });
    expect([first.ok, second.ok, third.ok]).toEqual([true, true, true]);
    expect(await db.visit.count({ where: { organisationId: a.organisation.id } })).toBe(3);
  });

  it("does not hand one person's answer to another, nor one form's answer to another form", async () => {
    const key = randomUUID();
    expect(await registerWalkIn(a.host, { ...walkIn(), submissionId: key }, { now: NOW })).toMatchObject({ ok: true });
    expect(await registerWalkIn(a.coordinator, { ...walkIn(), submissionId: key }, { now: NOW })).toEqual({
      ok: false,
      error: SUBMISSION_KEY_USED,
    });
    const caseId = await openCase();
    expect(await addCaseNote(advisor, { caseId, body: "Notitie", submissionId: key }, { now: NOW })).toEqual({
      ok: false,
      error: SUBMISSION_KEY_USED,
    });
    expect(await db.caseNote.count({ where: { caseId } })).toBe(0);
  });

  it("keeps keys per organisation: another library's key is no answer here", async () => {
    const b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
    const key = randomUUID();
    const inA = await registerWalkIn(a.host, { ...walkIn(), submissionId: key }, { now: NOW });
    const inB = await registerWalkIn(
      b.host,
      {
        sessionId: b.session.id,
        categoryId: domainId,
        referrerPartnerId: null,
        client: { newClient: { displayName: "K. Bakker" } },
        submissionId: key,
      },
      { now: NOW },
    );
    expect(inA.ok && inB.ok && inA.value.visitId !== inB.value.visitId).toBe(true);
  });

  it("refuses a key that is not a UUID, writing nothing", async () => {
    const result = await registerWalkIn(
      a.host,
      { ...walkIn(), submissionId: '\'; DROP TABLE "Visit"; --' },
      { now: NOW },
    );
    expect(result).toEqual({
      ok: false,
      error: INVALID_INPUT,
      fieldErrors: { submissionId: [SUBMISSION_KEY_INVALID] },
    });
    expect(await db.visit.count({ where: { organisationId: a.organisation.id } })).toBe(0);
  });

  it("lets a refused submit be sent again with the same key once it is put right", async () => {
    const key = randomUUID();
    const refused = await registerWalkIn(
      a.host,
      { ...walkIn(), slotId: "no-such-slot", submissionId: key },
      { now: NOW },
    );
    expect(refused.ok).toBe(false);
    const fixed = await registerWalkIn(a.host, { ...walkIn(), submissionId: key }, { now: NOW });
    expect(fixed.ok).toBe(true);
    expect(await db.visit.count({ where: { organisationId: a.organisation.id } })).toBe(1);
  });
});
