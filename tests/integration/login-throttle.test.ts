import { beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/login";
import { ATTEMPT_RETENTION_HOURS, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MINUTES } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/factories";

// Each test uses its own network address, so the counts of one test never reach another.
let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}`;
const minutes = (n: number) => n * 60_000;

let email: string;
let userId: string;
let organisationId: string;

beforeEach(async () => {
  const { organisation } = await createOrganisation();
  const user = await createUser(organisation.id, "ADVISOR");
  email = user.email;
  userId = user.id;
  organisationId = organisation.id;
});

describe("rate limit per network address (password spraying)", () => {
  it(`refuses an address after ${MAX_FAILURES_PER_ADDRESS} failures in ${THROTTLE_WINDOW_MINUTES} minutes, for every account, without checking a password`, async () => {
    const ipAddress = freshAddress();
    const start = new Date();
    // Many different (unknown) accounts, one wrong password each: no account lock is reached.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const at = new Date(start.getTime() + i * 1000);
      expect(
        await authenticateWithPassword(
          { email: `iemand${i}@test.example`, password: "Welkom2026!" },
          { ipAddress },
          at,
        ),
      ).toMatchObject({ failure: "wrong_credentials" });
    }
    const now = new Date(start.getTime() + minutes(1));
    const retryAt = new Date(start.getTime() + minutes(THROTTLE_WINDOW_MINUTES));
    const throttled = {
      ok: false,
      failure: "throttled",
      message: { key: "refusals.auth.throttled", values: { retryAt } },
    };
    // Also the right password of a real account is refused from this address now...
    expect(await authenticateWithPassword({ email, password: TEST_PASSWORD }, { ipAddress }, now)).toEqual(throttled);
    // ...and audited under that account's organisation, with when it may try again.
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.login_throttled", entityId: userId } });
    expect(event).toMatchObject({
      organisationId,
      ipAddress,
      details: { scope: "address", retryAt: retryAt.toISOString() },
    });
    // The refusal neither counts as a failure nor touches the account.
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { failedLoginCount: true } })).toEqual({
      failedLoginCount: 0,
    });
    expect(await db.loginAttempt.count({ where: { ipAddress, outcome: "THROTTLED" } })).toBe(1);

    // Another address is not affected, and this one may try again once the window has passed.
    expect(
      await authenticateWithPassword({ email, password: TEST_PASSWORD }, { ipAddress: freshAddress() }, now),
    ).toMatchObject({ ok: true });
    expect(
      await authenticateWithPassword(
        { email, password: TEST_PASSWORD },
        { ipAddress },
        new Date(retryAt.getTime() + 1000),
      ),
    ).toMatchObject({ ok: true });
  });

  it("counts failures only, so a busy library with many good logins is never throttled", async () => {
    const ipAddress = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 5; i++) {
      expect(await authenticateWithPassword({ email, password: TEST_PASSWORD }, { ipAddress })).toMatchObject({
        ok: true,
      });
    }
    expect(await db.loginAttempt.count({ where: { ipAddress } })).toBe(0);
  });

  it("holds across app instances: the count is in the database, not in a process", async () => {
    const ipAddress = freshAddress();
    const now = new Date();
    // Failures recorded by "another instance" are just rows in the shared table.
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({
        email: `x${i}@test.example`,
        ipAddress,
        outcome: "FAILED" as const,
        attemptedAt: new Date(now.getTime() - 1000),
      })),
    });
    expect(await authenticateWithPassword({ email, password: TEST_PASSWORD }, { ipAddress }, now)).toMatchObject({
      failure: "throttled",
    });
  });
});

describe("lock per e-mail address", () => {
  it("locks an unknown address exactly like a real account, so the answers do not reveal which addresses exist", async () => {
    const now = new Date();
    const real: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS + 1; i++) {
      real.push(
        await authenticateWithPassword({ email, password: "verkeerd wachtwoord" }, { ipAddress: freshAddress() }, now),
      );
      unknown.push(
        await authenticateWithPassword(
          { email: "bestaat-niet@test.example", password: "verkeerd wachtwoord" },
          { ipAddress: freshAddress() },
          now,
        ),
      );
    }
    expect(unknown).toEqual(real);
    const retryAt = new Date(now.getTime() + minutes(LOCKOUT_MINUTES));
    expect(real.at(-1)).toEqual({
      ok: false,
      failure: "locked",
      message: { key: "refusals.auth.locked", values: { retryAt } },
    });
    expect(real.at(MAX_FAILED_LOGINS - 2)).toMatchObject({ failure: "wrong_credentials" });
    expect(real.at(MAX_FAILED_LOGINS - 1)).toMatchObject({ failure: "locked" });
  });

  it("locks the account whichever addresses the attempts come from", async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      await authenticateWithPassword({ email, password: "verkeerd wachtwoord" }, { ipAddress: freshAddress() });
    expect(
      await authenticateWithPassword({ email, password: TEST_PASSWORD }, { ipAddress: freshAddress() }),
    ).toMatchObject({ failure: "locked" });
  });
});

describe("the attempts table", () => {
  it("stores no successful login and forgets attempts after a day", async () => {
    const ipAddress = freshAddress();
    const now = new Date();
    await db.loginAttempt.create({
      data: {
        email: "oud@test.example",
        ipAddress,
        outcome: "FAILED",
        attemptedAt: new Date(now.getTime() - (ATTEMPT_RETENTION_HOURS * 60 + 1) * 60_000),
      },
    });
    await authenticateWithPassword({ email, password: "verkeerd wachtwoord" }, { ipAddress }, now);
    expect(await db.loginAttempt.findMany({ where: { ipAddress }, select: { email: true, outcome: true } })).toEqual([
      { email, outcome: "FAILED" },
    ]);
  });
});
