import { type Message, type MessageKey, message, zodMessage } from "@/lib/i18n/message-key";
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword, verifyPassword } from "./password";
import { loginSchema } from "./schema";
import { addressRetryAt, MAX_FAILURES_PER_EMAIL, recordLoginAttempt, unknownEmailRetryAt } from "./throttle";
import { clock } from "@/lib/clock";

export const MAX_FAILED_LOGINS = MAX_FAILURES_PER_EMAIL;
export const LOCKOUT_MINUTES = 15;

type LoginFailure = "invalid_input" | "wrong_credentials" | "locked" | "throttled";
export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string; roles: Role[] } }
  | { ok: false; failure: LoginFailure; message: Message };

const WRONG_CREDENTIALS: MessageKey = "refusals.auth.wrongCredentials";

/** The answers that say when to try again (Amsterdam wall-clock time, in the reader's language). */
const LOGIN_RETRY_MESSAGES = {
  locked: (retryAt: Date) => message("refusals.auth.locked", { retryAt }),
  throttled: (retryAt: Date) => message("refusals.auth.throttled", { retryAt }),
};

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so response times do not tell which e-mail addresses have an account.
let decoyHash: Promise<string> | undefined;
function decoy() {
  decoyHash ??= hashPassword("spreekuur-decoy-password");
  return decoyHash;
}

/**
 * Checks, in this order: the rate limit of the network address (before any password is hashed,
 * so a flood costs little), the lock of the account or unknown e-mail address, the password.
 * Every refusal and failure is audited; failures and refusals are stored in LoginAttempt.
 */
export async function authenticateWithPassword(
  input: unknown,
  origin: RequestOrigin = {},
  now = clock.now(),
): Promise<LoginResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, failure: "invalid_input", message: zodMessage(parsed.error.issues[0]) };
  const { email, password } = parsed.data;
  const ipAddress = origin.ipAddress ?? null;

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      organisationId: true,
      passwordHash: true,
      active: true,
      lockedUntil: true,
      failedLoginCount: true,
    },
  });

  const addressBlockedUntil = await addressRetryAt(ipAddress, now);
  if (addressBlockedUntil) {
    await db.$transaction(async (tx) => {
      await recordLoginAttempt({ email, ipAddress, outcome: "THROTTLED" }, now, tx);
      await recordAudit(
        {
          organisationId: user?.organisationId,
          action: "auth.login_throttled",
          access: "WRITE",
          entityType: "User",
          entityId: user?.id,
          details: { scope: "address", retryAt: addressBlockedUntil.toISOString() },
          origin,
        },
        tx,
      );
    });
    return { ok: false, failure: "throttled", message: LOGIN_RETRY_MESSAGES.throttled(addressBlockedUntil) };
  }

  if (!user) {
    const retryAt = await unknownEmailRetryAt(email, now);
    if (retryAt) {
      await recordLoginAttempt({ email, ipAddress, outcome: "THROTTLED" }, now);
      return { ok: false, failure: "locked", message: LOGIN_RETRY_MESSAGES.locked(retryAt) };
    }
    await verifyPassword(await decoy(), password);
    await recordLoginAttempt({ email, ipAddress, outcome: "FAILED" }, now);
    // The failure that reaches the limit answers "locked" at once, as it does for an account.
    const lockedNow = await unknownEmailRetryAt(email, now);
    return lockedNow
      ? { ok: false, failure: "locked", message: LOGIN_RETRY_MESSAGES.locked(lockedNow) }
      : { ok: false, failure: "wrong_credentials", message: WRONG_CREDENTIALS };
  }
  if (!user.active) {
    await verifyPassword(await decoy(), password);
    await db.$transaction(async (tx) => {
      await recordLoginAttempt({ email, ipAddress, outcome: "FAILED" }, now, tx);
      await recordAudit(
        {
          organisationId: user.organisationId,
          action: "auth.login_refused_inactive",
          access: "WRITE",
          entityType: "User",
          entityId: user.id,
          origin,
        },
        tx,
      );
    });
    return { ok: false, failure: "wrong_credentials", message: WRONG_CREDENTIALS };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const lockedUntil = user.lockedUntil;
    await db.$transaction(async (tx) => {
      await recordLoginAttempt({ email, ipAddress, outcome: "THROTTLED" }, now, tx);
      await recordAudit(
        {
          organisationId: user.organisationId,
          action: "auth.login_refused_locked",
          access: "WRITE",
          entityType: "User",
          entityId: user.id,
          details: { retryAt: lockedUntil.toISOString() },
          origin,
        },
        tx,
      );
    });
    return { ok: false, failure: "locked", message: LOGIN_RETRY_MESSAGES.locked(lockedUntil) };
  }

  // Someone invited who has not yet set a password has none to match; the decoy keeps the timing.
  const matches = (await verifyPassword(user.passwordHash ?? (await decoy()), password)) && user.passwordHash !== null;
  if (!matches) {
    const failures = user.failedLoginCount + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: lockedUntil ? { failedLoginCount: 0, lockedUntil } : { failedLoginCount: failures },
      });
      await recordLoginAttempt({ email, ipAddress, outcome: "FAILED" }, now, tx);
      await recordAudit(
        {
          organisationId: user.organisationId,
          action: lockedUntil ? "auth.locked" : "auth.login_failed",
          access: "WRITE",
          entityType: "User",
          entityId: user.id,
          origin,
        },
        tx,
      );
    });
    return lockedUntil
      ? { ok: false, failure: "locked", message: LOGIN_RETRY_MESSAGES.locked(lockedUntil) }
      : { ok: false, failure: "wrong_credentials", message: WRONG_CREDENTIALS };
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    await recordAudit(
      {
        actor: { userId: user.id, organisationId: user.organisationId, roles: user.roles },
        action: "auth.login",
        access: "WRITE",
        entityType: "User",
        entityId: user.id,
        origin,
      },
      tx,
    );
  });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, roles: user.roles } };
}
