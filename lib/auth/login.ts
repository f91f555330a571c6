import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { loginSchema } from "./schema";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type LoginFailure = "invalid_input" | "wrong_credentials" | "locked";
export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; failure: LoginFailure; message: string };

export const LOGIN_FAILURE_MESSAGES: Record<Exclude<LoginFailure, "invalid_input">, string> = {
  wrong_credentials: "Het e-mailadres of het wachtwoord klopt niet.",
  locked: `Te veel mislukte pogingen. Probeer het over ${LOCKOUT_MINUTES} minuten opnieuw.`,
};

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so response times do not tell which e-mail addresses have an account.
let decoyHash: Promise<string> | undefined;
function decoy() {
  decoyHash ??= hashPassword("spreekuur-decoy-password");
  return decoyHash;
}

export async function authenticateWithPassword(input: unknown, origin: RequestOrigin = {}, now = new Date()): Promise<LoginResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, failure: "invalid_input", message: parsed.error.issues[0].message };
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, organisationId: true, passwordHash: true, active: true, lockedUntil: true, failedLoginCount: true },
  });
  if (!user || !user.active) {
    await verifyPassword(await decoy(), password);
    if (user) await recordAudit({ organisationId: user.organisationId, action: "auth.login_refused_inactive", access: "WRITE", entityType: "User", entityId: user.id, origin });
    return { ok: false, failure: "wrong_credentials", message: LOGIN_FAILURE_MESSAGES.wrong_credentials };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit({ organisationId: user.organisationId, action: "auth.login_refused_locked", access: "WRITE", entityType: "User", entityId: user.id, origin });
    return { ok: false, failure: "locked", message: LOGIN_FAILURE_MESSAGES.locked };
  }

  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLoginCount + 1;
    const locks = failures >= MAX_FAILED_LOGINS;
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: locks
          ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) }
          : { failedLoginCount: failures },
      });
      await recordAudit(
        { organisationId: user.organisationId, action: locks ? "auth.locked" : "auth.login_failed", access: "WRITE", entityType: "User", entityId: user.id, origin },
        tx,
      );
    });
    return locks
      ? { ok: false, failure: "locked", message: LOGIN_FAILURE_MESSAGES.locked }
      : { ok: false, failure: "wrong_credentials", message: LOGIN_FAILURE_MESSAGES.wrong_credentials };
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    await recordAudit(
      { actor: { userId: user.id, organisationId: user.organisationId, role: user.role }, action: "auth.login", access: "WRITE", entityType: "User", entityId: user.id, origin },
      tx,
    );
  });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
