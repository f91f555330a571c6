import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { authenticateWithPassword } from "@/lib/auth/login";
import { setPasswordWithLink } from "@/lib/auth/set-password-with-link";
import { db } from "@/lib/db";
import { invitePerson, reissueInvitation } from "@/lib/people/invite-person";
import { updatePerson } from "@/lib/people/update-person";
import { deactivateUser } from "@/lib/users/manage-user";
import { assignDossier, listDossiersWithoutAdvisor } from "@/lib/cases/coordinators-list";
import { listDossiers } from "@/lib/cases/queries";
import { COORDINATORS_LIST } from "@/lib/people/coordinators-list";
import { createSession } from "../support/desk-fixture";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

const NOW = new Date("2026-12-02T10:00:00Z");
const PASSWORD = "een zin van de nieuwe collega";
let smtp: TestSmtpServer;
let admin: Actor;
let professional: Actor;
let organisationId: string;
let locationId: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://spreekuur.example";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

beforeEach(async () => {
  const { organisation, location } = await createOrganisation();
  organisationId = organisation.id;
  locationId = location.id;
  admin = actorOf(await createUser(organisation.id, "ADMIN"));
  professional = actorOf(await createUser(organisation.id, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
});

const secretOf = (url: string) => url.split("/wachtwoord/")[1];
let serial = 0;
const volunteer = () => ({
  name: "Sanne Vrijwilliger",
  email: `sanne-${++serial}-${Date.now()}@bieb.example`,
  roles: ["ADVISOR"],
  advisorKind: "VOLUNTEER",
  supervisorId: professional.userId,
  homeLocationId: locationId,
});

describe("inviting a person", () => {
  it("makes an account without a password, mails the link, and the link lets them in once", async () => {
    const input = volunteer();
    const result = await invitePerson(admin, input, { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { userId, invitation } = result.value;
    expect(invitation.mailed).toBe(true);
    expect(invitation.url).toMatch(/^https:\/\/spreekuur\.example\/wachtwoord\/[A-Za-z0-9_-]{43}$/);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      passwordHash: null,
      roles: ["ADVISOR"],
      advisorKind: "VOLUNTEER",
      supervisorId: professional.userId,
      homeLocationId: locationId,
    });

    const mail = await smtp.waitForMail((received) => received.to.includes(input.email));
    expect(mail.subject).toContain("Je account voor Spreekuur");
    expect(mail.text).toContain(invitation.url);
    expect(mail.text).toContain("Sanne Vrijwilliger");

    const secret = secretOf(invitation.url);
    expect(
      await setPasswordWithLink({ linkSecret: secret, password: PASSWORD, passwordRepeat: PASSWORD }, {}, NOW),
    ).toMatchObject({ ok: true });
    expect((await authenticateWithPassword({ email: input.email, password: PASSWORD })).ok).toBe(true);
    expect(await reissueInvitation(admin, { userId }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.people.alreadyAccepted",
    });
  });

  it("without mail, shows the link only", async () => {
    delete process.env.SMTP_URL;
    try {
      const result = await invitePerson(admin, volunteer(), { now: NOW });
      expect(result).toMatchObject({ ok: true, value: { invitation: { mailed: false } } });
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
  });

  it("refuses a taken address, a volunteer without supervisor and another library's supervisor; nothing is written", async () => {
    const before = await db.user.count({ where: { organisationId } });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: professional.userId } });
    const taken = await invitePerson(admin, { ...volunteer(), email: email.toUpperCase() }, { now: NOW });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { email: [{ key: "refusals.people.emailTaken" }] } });
    expect(await invitePerson(admin, { ...volunteer(), supervisorId: "" }, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { supervisorId: ["refusals.people.supervisorRequired"] },
    });
    const other = await createOrganisation();
    const foreign = await createUser(other.organisation.id, "ADVISOR", { advisorKind: "PROFESSIONAL" });
    expect(await invitePerson(admin, { ...volunteer(), supervisorId: foreign.id }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.people.supervisorNotFound",
    });
    expect(
      await invitePerson(admin, { ...volunteer(), homeLocationId: other.location.id }, { now: NOW }),
    ).toMatchObject({
      ok: false,
      error: "refusals.people.locationNotFound",
    });
    expect(await db.user.count({ where: { organisationId } })).toBe(before);
    expect(await db.oneTimeLink.count({ where: { organisationId } })).toBe(0);
  });

  it("keeps no advisor kind or supervisor for a host", async () => {
    const result = await invitePerson(admin, { ...volunteer(), roles: ["HOST"] }, { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.user.findUniqueOrThrow({ where: { id: result.value.userId } })).toMatchObject({
      roles: ["HOST"],
      advisorKind: null,
      supervisorId: null,
    });
  });

  it("a new link makes the old one useless", async () => {
    const first = await invitePerson(admin, volunteer(), { now: NOW });
    if (!first.ok) throw new Error(JSON.stringify(first));
    const second = await reissueInvitation(admin, { userId: first.value.userId }, { now: NOW });
    if (!second.ok) throw new Error(JSON.stringify(second));
    const form = (url: string) => ({ linkSecret: secretOf(url), password: PASSWORD, passwordRepeat: PASSWORD });
    expect(await setPasswordWithLink(form(first.value.invitation.url), {}, NOW)).toMatchObject({ ok: false });
    expect(await setPasswordWithLink(form(second.value.invitation.url), {}, NOW)).toMatchObject({ ok: true });
  });
});

describe("changing a person", () => {
  it("changes role and supervision, audited with what was before", async () => {
    const host = await createUser(organisationId, "HOST");
    const result = await updatePerson(
      admin,
      {
        userId: host.id,
        name: host.name,
        roles: ["ADVISOR"],
        advisorKind: "VOLUNTEER",
        supervisorId: professional.userId,
      },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: host.id, action: "user.update" } });
    expect(event.details).toMatchObject({
      before: { roles: ["HOST"] },
      after: { roles: ["ADVISOR"], advisorKind: "VOLUNTEER" },
    });
  });

  it("refuses to take the last admin's role, and an advisor's role while dossiers are still theirs", async () => {
    const self = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    expect(
      await updatePerson(admin, { userId: self.id, name: self.name, roles: ["COORDINATOR"] }, { now: NOW }),
    ).toMatchObject({
      ok: false,
      error: "refusals.users.lastAdmin",
    });
    const client = await createClient(organisationId);
    await db.case.create({ data: { organisationId, clientId: client.id, responsibleAdvisorId: professional.userId } });
    const advisor = await db.user.findUniqueOrThrow({ where: { id: professional.userId } });
    expect(
      await updatePerson(admin, { userId: advisor.id, name: advisor.name, roles: ["HOST"] }, { now: NOW }),
    ).toMatchObject({
      ok: false,
      error: { key: "refusals.people.stillHasWork", values: { dossiers: 1 } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: advisor.id } })).roles).toEqual(["ADVISOR"]);
  });
});

describe("deactivating an advisor", () => {
  /** An advisor with an open and a closed dossier, open aftercare, and two sessions next week: one with an appointment. */
  async function leaverWithWork() {
    const leaver = actorOf(await createUser(organisationId, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
    const client = await createClient(organisationId);
    const open = await db.case.create({
      data: { organisationId, clientId: client.id, responsibleAdvisorId: leaver.userId },
    });
    const closed = await db.case.create({
      data: {
        organisationId,
        clientId: client.id,
        responsibleAdvisorId: leaver.userId,
        status: "CLOSED",
        closedAt: NOW,
        outcome: "SOLVED",
      },
    });
    await db.aftercareTask.create({
      data: { organisationId, caseId: open.id, title: "Bellen", assigneeId: leaver.userId, createdById: leaver.userId },
    });
    const alone = await createSession(organisationId, locationId, "2026-12-08", [leaver.userId]);
    const together = await createSession(organisationId, locationId, "2026-12-09", [
      leaver.userId,
      professional.userId,
    ]);
    const booked = together.slots.find(
      (slot) => slot.advisorId === leaver.userId && slot.startsAt.getTime() === together.startsAt.getTime(),
    )!;
    await db.visit.create({
      data: {
        organisationId,
        locationId,
        clientId: client.id,
        sessionId: together.id,
        slotId: booked.id,
        kind: "APPOINTMENT",
        status: "BOOKED",
      },
    });
    return { leaver, open, closed, alone, together, booked };
  }

  it("refuses without a successor, saying what there is, and changes nothing", async () => {
    const { leaver } = await leaverWithWork();
    const result = await deactivateUser(admin, { userId: leaver.userId }, { now: NOW });
    expect(result).toMatchObject({
      ok: false,
      error: {
        key: "refusals.people.handoverRequired",
        values: { dossiers: 1, aftercare: 1, sessions: 2, supervisees: 0 },
      },
      fieldErrors: { successorId: [{ key: "refusals.people.handoverRequired" }] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: leaver.userId } })).active).toBe(true);
  });

  it("hands every open dossier, task and session ahead to the successor, appointments included: nothing is orphaned", async () => {
    const { leaver, open, closed, alone, together, booked } = await leaverWithWork();
    const result = await deactivateUser(
      admin,
      { userId: leaver.userId, successorId: professional.userId },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true });

    expect((await db.case.findUniqueOrThrow({ where: { id: open.id } })).responsibleAdvisorId).toBe(
      professional.userId,
    );
    expect((await db.case.findUniqueOrThrow({ where: { id: closed.id } })).responsibleAdvisorId).toBe(leaver.userId);
    expect(await db.aftercareTask.count({ where: { assigneeId: leaver.userId, status: "OPEN" } })).toBe(0);
    expect(await db.sessionStaff.count({ where: { advisorId: leaver.userId } })).toBe(0);
    expect(await db.slot.count({ where: { advisorId: leaver.userId } })).toBe(0);
    expect(await db.sessionStaff.count({ where: { sessionId: alone.id, advisorId: professional.userId } })).toBe(1);
    expect(await db.slot.count({ where: { sessionId: alone.id, advisorId: professional.userId } })).toBe(6);
    // The session they shared: the successor's six half hours, the appointment now one of them.
    expect(await db.slot.count({ where: { sessionId: together.id } })).toBe(6);
    expect((await db.slot.findUniqueOrThrow({ where: { id: booked.id } })).advisorId).toBe(professional.userId);
    expect(await db.visit.count({ where: { slotId: booked.id } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: leaver.userId, action: "user.deactivate" },
    });
    expect(event.details).toMatchObject({
      successorId: professional.userId,
      handedOver: { dossiers: 1, aftercare: 1, sessions: 2 },
    });
  });

  it("refuses a successor of another library, and a volunteer as successor of a supervisor", async () => {
    const { leaver } = await leaverWithWork();
    const other = await createOrganisation();
    const foreign = await createUser(other.organisation.id, "ADVISOR");
    expect(await deactivateUser(admin, { userId: leaver.userId, successorId: foreign.id }, { now: NOW })).toMatchObject(
      {
        ok: false,
        error: "refusals.people.successorNotFound",
      },
    );
    const volunteerAdvisor = await createUser(organisationId, "ADVISOR", { advisorKind: "VOLUNTEER" });
    await db.user.update({ where: { id: volunteerAdvisor.id }, data: { supervisorId: professional.userId } });
    const colleague = await createUser(organisationId, "ADVISOR", { advisorKind: "VOLUNTEER" });
    expect(
      await deactivateUser(admin, { userId: professional.userId, successorId: colleague.id }, { now: NOW }),
    ).toMatchObject({ ok: false, error: { key: "refusals.people.successorMustSupervise" } });
  });

  it("during a running session moves only the half hours still to come, with the successor as stand-in", async () => {
    const leaver = actorOf(await createUser(organisationId, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
    // 10:00–13:00 on 2 December; NOW is 11:00 in Amsterdam.
    const running = await createSession(organisationId, locationId, "2026-12-02", [leaver.userId]);
    expect(
      await deactivateUser(admin, { userId: leaver.userId, successorId: professional.userId }, { now: NOW }),
    ).toMatchObject({
      ok: true,
    });
    const slots = await db.slot.findMany({ where: { sessionId: running.id }, orderBy: { startsAt: "asc" } });
    expect(slots.map((slot) => slot.advisorId === professional.userId)).toEqual([false, false, true, true, true, true]);
    expect(
      await db.sessionStaff.findMany({
        where: { sessionId: running.id },
        select: { advisorId: true, standInForId: true },
      }),
    ).toEqual(
      expect.arrayContaining([
        { advisorId: leaver.userId, standInForId: null },
        { advisorId: professional.userId, standInForId: leaver.userId },
      ]),
    );
  });

  it("refuses a successor who works elsewhere at that time, by name, and changes nothing", async () => {
    const { leaver } = await leaverWithWork();
    // The leaver's session on 8 December alone; the successor works one at the same time.
    await createSession(organisationId, locationId, "2026-12-08", [professional.userId]);
    const result = await deactivateUser(
      admin,
      { userId: leaver.userId, successorId: professional.userId },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: false, error: { key: "refusals.schedule.advisorBusy" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: leaver.userId } })).active).toBe(true);
  });

  it("passes on a task on a colleague's dossier with a share of it, and spends the leaver's unused links", async () => {
    const leaver = actorOf(await createUser(organisationId, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
    const colleague = actorOf(await createUser(organisationId, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
    const client = await createClient(organisationId);
    const dossier = await db.case.create({
      data: { organisationId, clientId: client.id, responsibleAdvisorId: colleague.userId },
    });
    await db.aftercareTask.create({
      data: {
        organisationId,
        caseId: dossier.id,
        title: "Nabellen",
        assigneeId: leaver.userId,
        createdById: colleague.userId,
      },
    });
    await db.oneTimeLink.create({
      data: {
        organisationId,
        userId: leaver.userId,
        purpose: "PASSWORD_RESET",
        tokenHash: `hash-${Date.now()}`,
        expiresAt: new Date(NOW.getTime() + 3_600_000),
      },
    });
    expect(
      await deactivateUser(admin, { userId: leaver.userId, successorId: professional.userId }, { now: NOW }),
    ).toMatchObject({
      ok: true,
    });
    expect(await db.caseShare.count({ where: { caseId: dossier.id, userId: professional.userId } })).toBe(1);
    expect(await db.oneTimeLink.count({ where: { userId: leaver.userId } })).toBe(0);
  });

  it("puts the open dossiers on the coordinator's list, with their tasks; the coordinator gives each to a colleague", async () => {
    const coordinator = actorOf(await createUser(organisationId, "COORDINATOR"));
    const leaver = actorOf(await createUser(organisationId, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
    const colleague = actorOf(await createUser(organisationId, "ADVISOR", { advisorKind: "PROFESSIONAL" }));
    const client = await createClient(organisationId);
    const own = await db.case.create({
      data: { organisationId, clientId: client.id, responsibleAdvisorId: leaver.userId, openedAt: NOW },
    });
    const colleagues = await db.case.create({
      data: { organisationId, clientId: client.id, responsibleAdvisorId: colleague.userId },
    });
    const task = (caseId: string | null, title: string) =>
      db.aftercareTask.create({
        data: { organisationId, caseId, title, assigneeId: leaver.userId, createdById: leaver.userId },
      });
    const waiting = await task(own.id, "Bezwaar nabellen");
    const giveBack = await task(colleagues.id, "Brief nasturen");
    const loose = await task(null, "Terugbellen");

    // A task without a dossier cannot wait on a list: someone must do it.
    expect(
      await deactivateUser(admin, { userId: leaver.userId, successorId: COORDINATORS_LIST }, { now: NOW }),
    ).toMatchObject({
      ok: false,
      error: { key: "refusals.people.listNeedsAdvisor", values: { sessions: 0, supervisees: 0, tasks: 1 } },
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: own.id } })).responsibleAdvisorId).toBe(leaver.userId);
    await db.aftercareTask.delete({ where: { id: loose.id } });

    expect(
      await deactivateUser(admin, { userId: leaver.userId, successorId: COORDINATORS_LIST }, { now: NOW }),
    ).toMatchObject({ ok: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: own.id } })).responsibleAdvisorId).toBeNull();
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: waiting.id } })).assigneeId).toBeNull();
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: giveBack.id } })).assigneeId).toBe(
      colleague.userId,
    );
    // Nobody reads a dossier on the list; the coordinator sees only what is needed to give it on.
    expect((await listDossiers(colleague, {})).dossiers.map((dossier) => dossier.id)).toEqual([colleagues.id]);
    const list = await listDossiersWithoutAdvisor(coordinator);
    expect(list).toEqual([{ caseId: own.id, openedAt: NOW, legalDomain: null, nextDeadline: null, openTasks: 1 }]);
    expect(JSON.stringify(list)).not.toContain(client.displayName);
    await expect(listDossiersWithoutAdvisor(colleague)).rejects.toThrow("refusals.auth.forbidden");

    expect(await assignDossier(coordinator, { caseId: own.id, advisorId: leaver.userId }, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { advisorId: ["refusals.cases.advisorNotFound"] },
    });
    expect(await assignDossier(coordinator, { caseId: own.id, advisorId: colleague.userId }, { now: NOW })).toEqual({
      ok: true,
      value: { caseId: own.id },
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: own.id } })).responsibleAdvisorId).toBe(colleague.userId);
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: waiting.id } })).assigneeId).toBe(colleague.userId);
    expect(await listDossiersWithoutAdvisor(coordinator)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "case.assign", entityId: own.id, clientId: client.id } })).toBe(
      1,
    );
    // Given once: a second coordinator's click does not take it from the colleague.
    expect(
      await assignDossier(coordinator, { caseId: own.id, advisorId: professional.userId }, { now: NOW }),
    ).toMatchObject({ ok: false, error: "refusals.cases.notOnList" });
  });
});

describe("a person with several roles", () => {
  it("is invited as advisor and coordinator at once, and keeps the advisor's kind", async () => {
    const result = await invitePerson(
      admin,
      { ...volunteer(), roles: ["COORDINATOR", "ADVISOR", "COORDINATOR"], advisorKind: "PROFESSIONAL" },
      { now: NOW },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.user.findUniqueOrThrow({ where: { id: result.value.userId } })).toMatchObject({
      roles: ["ADVISOR", "COORDINATOR"],
      advisorKind: "PROFESSIONAL",
      supervisorId: null,
    });
  });

  it("refuses a person without a role, and writes nothing", async () => {
    const before = await db.user.count({ where: { organisationId } });
    // PROGRAMME is a funder's role, never a colleague's.
    for (const roles of [[], undefined, ["BAKER"], "ADVISOR", ["PROGRAMME"], ["COORDINATOR", "PROGRAMME"]])
      expect(await invitePerson(admin, { ...volunteer(), roles }, { now: NOW })).toMatchObject({
        ok: false,
        fieldErrors: { roles: ["refusals.people.chooseRole"] },
      });
    expect(await db.user.count({ where: { organisationId } })).toBe(before);
  });

  it("lets the last admin take on coordinating, and an advisor with dossiers too: nothing loses its owner", async () => {
    const self = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    expect(
      await updatePerson(admin, { userId: self.id, name: self.name, roles: ["ADMIN", "COORDINATOR"] }, { now: NOW }),
    ).toMatchObject({ ok: true });
    const advisor = await createUser(organisationId, "ADVISOR");
    const client = await createClient(organisationId);
    await db.case.create({ data: { organisationId, clientId: client.id, responsibleAdvisorId: advisor.id } });
    expect(
      await updatePerson(
        admin,
        { userId: advisor.id, name: advisor.name, roles: ["ADVISOR", "COORDINATOR"], advisorKind: "PROFESSIONAL" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: advisor.id } })).roles).toEqual(["ADVISOR", "COORDINATOR"]);
    expect(
      await updatePerson(admin, { userId: advisor.id, name: advisor.name, roles: ["COORDINATOR"] }, { now: NOW }),
    ).toMatchObject({ ok: false, error: { key: "refusals.people.stillHasWork" } });
  });
});
