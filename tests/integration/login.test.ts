import { beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/login";
import { db } from "@/lib/db";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/factories";

let email: string;
let userId: string;

beforeEach(async () => {
  const { organisation } = await createOrganisation();
  const user = await createUser(organisation.id, "HOST");
  email = user.email;
  userId = user.id;
});

const auditActions = async () =>
  (await db.auditEvent.findMany({ where: { entityId: userId }, orderBy: { id: "asc" } })).map((e) => e.action);

describe("authenticateWithPassword", () => {
  it("logs in with the right password, case-insensitively on the e-mail address, and audits it", async () => {
    const result = await authenticateWithPassword(
      { email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD },
      { ipAddress: "127.0.0.1", userAgent: "vitest" },
    );
    expect(result).toMatchObject({ ok: true, user: { id: userId, email } });
    expect(await auditActions()).toEqual(["auth.login"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: userId } });
    expect(event).toMatchObject({ actorId: userId, actorRole: "HOST", ipAddress: "127.0.0.1", userAgent: "vitest" });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).lastLoginAt).not.toBeNull();
  });

  it("answers a wrong password with a Dutch message and counts the failure", async () => {
    const result = await authenticateWithPassword({ email, password: "wrong password" });
    expect(result).toEqual({
      ok: false,
      failure: "wrong_credentials",
      message: "refusals.auth.wrongCredentials",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).failedLoginCount).toBe(1);
    expect(await auditActions()).toEqual(["auth.login_failed"]);
  });

  it("gives an unknown address the same answer as a wrong password", async () => {
    const result = await authenticateWithPassword({ email: "nobody@test.example", password: "whatever" });
    expect(result).toEqual({
      ok: false,
      failure: "wrong_credentials",
      message: "refusals.auth.wrongCredentials",
    });
  });

  it(`locks the account for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures, even for the right password, and says until when`, async () => {
    const now = new Date();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) {
      expect(await authenticateWithPassword({ email, password: "wrong" }, {}, now)).toMatchObject({
        failure: "wrong_credentials",
      });
    }
    const retryAt = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
    const locked = {
      ok: false,
      failure: "locked",
      message: { key: "refusals.auth.locked", values: { retryAt } },
    };
    expect(await authenticateWithPassword({ email, password: "wrong" }, {}, now)).toEqual(locked);
    expect(await authenticateWithPassword({ email, password: TEST_PASSWORD }, {}, now)).toEqual(locked);
    expect(await auditActions()).toEqual([
      ...Array(MAX_FAILED_LOGINS - 1).fill("auth.login_failed"),
      "auth.locked",
      "auth.login_refused_locked",
    ]);
    const later = new Date(now.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(await authenticateWithPassword({ email, password: TEST_PASSWORD }, {}, later)).toMatchObject({ ok: true });
  });

  it("refuses a deactivated user", async () => {
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await authenticateWithPassword({ email, password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      failure: "wrong_credentials",
    });
  });

  it.each([
    ["empty", { email: "", password: "" }, "refusals.auth.emailRequired"],
    ["missing", undefined, "refusals.auth.emailRequired"],
    ["10 kB", { email: "x".repeat(10_240), password: "y".repeat(10_240) }, "refusals.auth.emailTooLong"],
    ["wrong types", { email: 42, password: ["a"] }, "refusals.auth.emailRequired"],
  ])("answers %s input with a Dutch message and writes nothing", async (_label, input, message) => {
    const before = await db.auditEvent.count();
    expect(await authenticateWithPassword(input)).toEqual({ ok: false, failure: "invalid_input", message });
    expect(await db.auditEvent.count()).toBe(before);
  });
});
