import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { authenticateWithPassword } from "@/lib/auth/login";
import { verifyPassword } from "@/lib/auth/password";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-policy";
import { actorOfSession } from "@/lib/auth/session-actor";
import { db } from "@/lib/db";
import { deactivateUser, endUserSessions, reactivateUser, setUserPassword } from "@/lib/users/manage-user";
import { listUsersForAdmin } from "@/lib/users/queries";
import { USER_MESSAGES } from "@/lib/users/schema";
import { actorOf, createOrganisation, createUser, TEST_PASSWORD } from "../support/factories";

const FORBIDDEN = "refusals.auth.forbidden";
const UNAUTHENTICATED = "refusals.auth.unauthenticated";
const NEW_PASSWORD = "fiets in de regen naar huis";

async function makeLibrary() {
  const { organisation } = await createOrganisation();
  const [host, advisor, coordinator, admin] = await Promise.all(
    (["HOST", "ADVISOR", "COORDINATOR", "ADMIN"] as const).map(async (role) =>
      actorOf(await createUser(organisation.id, role)),
    ),
  );
  return { organisation, host, advisor, coordinator, admin };
}

let a: Awaited<ReturnType<typeof makeLibrary>>;
let b: Awaited<ReturnType<typeof makeLibrary>>;

beforeEach(async () => {
  a = await makeLibrary();
  b = await makeLibrary();
});

/** A session that logged in just now, as the session cookie carries it (milliseconds). */
async function loggedInJustNow() {
  const loginAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 5));
  return loginAt;
}

const snapshot = async (organisationId: string) => ({
  users: await db.user.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  audit: await db.auditEvent.count({ where: { organisationId } }),
});

const useCases: [string, (actor: Actor | null, userId: string) => Promise<{ ok: boolean }>][] = [
  ["deactivateUser", (actor, userId) => deactivateUser(actor, { userId })],
  ["reactivateUser", (actor, userId) => reactivateUser(actor, { userId })],
  ["endUserSessions", (actor, userId) => endUserSessions(actor, { userId })],
  ["setUserPassword", (actor, userId) => setUserPassword(actor, { userId, password: NEW_PASSWORD })],
];

describe("only an admin of the same organisation manages users", () => {
  it.each(useCases)(
    "%s refuses no login, a host, an advisor and a coordinator, and writes nothing",
    async (_name, call) => {
      const before = await snapshot(a.organisation.id);
      expect(await call(null, a.advisor.userId)).toEqual({ ok: false, error: UNAUTHENTICATED });
      for (const actor of [a.host, a.advisor, a.coordinator])
        expect(await call(actor, a.advisor.userId)).toEqual({ ok: false, error: FORBIDDEN });
      expect(await snapshot(a.organisation.id)).toEqual(before);
    },
  );

  it.each(useCases)("%s answers another library's user as not found, and writes nothing", async (_name, call) => {
    await db.user.update({ where: { id: b.advisor.userId }, data: { active: false } });
    const before = await snapshot(b.organisation.id);
    expect(await call(a.admin, b.advisor.userId)).toEqual({ ok: false, error: USER_MESSAGES.notFound });
    expect(await call(a.admin, "does-not-exist")).toEqual({ ok: false, error: USER_MESSAGES.notFound });
    expect(await snapshot(b.organisation.id)).toEqual(before);
  });

  it("lists only the own organisation's users, without password hashes, and only for an admin", async () => {
    const users = await listUsersForAdmin(a.admin);
    expect(users.map((user) => user.id).sort()).toEqual(
      [a.host, a.advisor, a.coordinator, a.admin].map((actor) => actor.userId).sort(),
    );
    expect(Object.keys(users[0])).not.toContain("passwordHash");
    await expect(listUsersForAdmin(a.coordinator)).rejects.toThrow(FORBIDDEN);
  });
});

describe("deactivation", () => {
  it("ends the user's open sessions at once and stops new logins; reactivation lets them log in again", async () => {
    const loginAt = await loggedInJustNow();
    expect(await actorOfSession(a.advisor.userId, loginAt)).toMatchObject({ userId: a.advisor.userId });

    expect(await deactivateUser(a.admin, { userId: a.advisor.userId })).toEqual({
      ok: true,
      value: { userId: a.advisor.userId },
    });
    expect(await actorOfSession(a.advisor.userId, loginAt)).toBeNull();
    expect(
      await authenticateWithPassword({ email: a.advisor.email, password: TEST_PASSWORD }, { ipAddress: "192.0.2.10" }),
    ).toMatchObject({ ok: false, failure: "wrong_credentials" });
    expect(
      await db.auditEvent.findFirst({ where: { action: "user.deactivate", entityId: a.advisor.userId } }),
    ).toMatchObject({ actorId: a.admin.userId, actorRole: "ADMIN", organisationId: a.organisation.id });

    expect(await reactivateUser(a.admin, { userId: a.advisor.userId })).toMatchObject({ ok: true });
    // The old session stays ended; a new login works.
    expect(await actorOfSession(a.advisor.userId, loginAt)).toBeNull();
    expect(
      await authenticateWithPassword({ email: a.advisor.email, password: TEST_PASSWORD }, { ipAddress: "192.0.2.10" }),
    ).toMatchObject({ ok: true });
    expect(await actorOfSession(a.advisor.userId, Date.now())).toMatchObject({ userId: a.advisor.userId });
  });

  it("refuses to deactivate yourself", async () => {
    expect(await deactivateUser(a.admin, { userId: a.admin.userId })).toEqual({
      ok: false,
      error: USER_MESSAGES.notYourself,
    });
  });

  it("refuses to deactivate the last active admin, and allows it while another admin remains", async () => {
    const second = actorOf(await createUser(a.organisation.id, "ADMIN"));
    expect(await deactivateUser(a.admin, { userId: second.userId })).toMatchObject({ ok: true });
    // Now a.admin is the only active admin. A deactivated admin cannot act, so the lock guards the
    // case of two admins deactivating each other at the same moment.
    const third = actorOf(await createUser(a.organisation.id, "ADMIN"));
    const [one, two] = await Promise.all([
      deactivateUser(a.admin, { userId: third.userId }),
      deactivateUser(third, { userId: a.admin.userId }),
    ]);
    expect([one.ok, two.ok].filter(Boolean)).toHaveLength(1);
    expect([one, two].find((result) => !result.ok)).toEqual({ ok: false, error: USER_MESSAGES.lastAdmin });
    expect(
      await db.user.count({ where: { organisationId: a.organisation.id, roles: { has: "ADMIN" }, active: true } }),
    ).toBe(1);
  });

  it("answers a second deactivation plainly", async () => {
    await deactivateUser(a.admin, { userId: a.host.userId });
    expect(await deactivateUser(a.admin, { userId: a.host.userId })).toEqual({
      ok: false,
      error: USER_MESSAGES.alreadyInactive,
    });
    expect(await reactivateUser(a.admin, { userId: a.advisor.userId })).toEqual({
      ok: false,
      error: USER_MESSAGES.alreadyActive,
    });
  });
});

describe("ending all sessions", () => {
  it("ends every session that began before, leaves the account active, and audits it", async () => {
    const loginAt = await loggedInJustNow();
    expect(await endUserSessions(a.admin, { userId: a.host.userId })).toMatchObject({ ok: true });
    expect(await actorOfSession(a.host.userId, loginAt)).toBeNull();
    expect(await actorOfSession(a.host.userId, Date.now() + 1000)).toMatchObject({ userId: a.host.userId });
    expect(
      await db.auditEvent.count({
        where: { action: "user.end_sessions", entityId: a.host.userId, actorId: a.admin.userId },
      }),
    ).toBe(1);
  });
});

describe("a new password set by the admin", () => {
  it("must meet the password policy, with the reason in Dutch, and writes nothing otherwise", async () => {
    const before = await snapshot(a.organisation.id);
    expect(await setUserPassword(a.admin, { userId: a.advisor.userId, password: "kort" })).toEqual({
      ok: false,
      error: PASSWORD_MESSAGES.tooShort,
      fieldErrors: { password: [PASSWORD_MESSAGES.tooShort] },
    });
    expect(await setUserPassword(a.admin, { userId: a.advisor.userId, password: "Wachtwoord2026" })).toMatchObject({
      ok: false,
      error: PASSWORD_MESSAGES.common,
    });
    expect(await setUserPassword(a.admin, { userId: a.advisor.userId, password: a.advisor.email })).toMatchObject({
      ok: false,
      error: PASSWORD_MESSAGES.email,
    });
    expect(await snapshot(a.organisation.id)).toEqual(before);
  });

  it("replaces the hash, lifts a lock, ends open sessions and is audited without the password", async () => {
    await db.user.update({
      where: { id: a.advisor.userId },
      data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 3 },
    });
    const loginAt = await loggedInJustNow();
    expect(await setUserPassword(a.admin, { userId: a.advisor.userId, password: NEW_PASSWORD })).toMatchObject({
      ok: true,
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: a.advisor.userId } });
    expect(user).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
    expect(await verifyPassword(user.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    expect(await actorOfSession(a.advisor.userId, loginAt)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.set_password", entityId: a.advisor.userId },
    });
    expect(JSON.stringify(event.details ?? null)).not.toContain(NEW_PASSWORD);
    expect(
      await authenticateWithPassword({ email: a.advisor.email, password: NEW_PASSWORD }, { ipAddress: "192.0.2.11" }),
    ).toMatchObject({ ok: true });
  });
});

describe("a session cookie", () => {
  it("opens nothing for a user who no longer exists or is inactive", async () => {
    expect(await actorOfSession("no-such-user", Date.now())).toBeNull();
    await db.user.update({ where: { id: a.host.userId }, data: { active: false } });
    expect(await actorOfSession(a.host.userId, Date.now())).toBeNull();
  });
});
