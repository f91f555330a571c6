import "server-only";
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import type { OneTimeLinkPurpose } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/message-key";
import { zodMessage } from "@/lib/i18n/message-key";
import { ok, refuse, type Result } from "@/lib/result";
import { z } from "@/lib/zod";
import { hashLinkSecret, isLinkSecret } from "./one-time-link";
import { hashPassword } from "./password";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "./password-policy";

const UNUSABLE: MessageKey = "refusals.oneTimeLink.unusable";

const setPasswordWithLinkSchema = z.object({
  linkSecret: z.string({ error: UNUSABLE }).refine(isLinkSecret, UNUSABLE),
  password: z
    .string({ error: "refusals.password.required" })
    .min(1, "refusals.password.required")
    .max(MAX_PASSWORD_LENGTH, "refusals.auth.passwordTooLong"),
  passwordRepeat: z.string({ error: "refusals.password.repeatMismatch" }),
});

/** A link that still works: not used, not expired, for an account that is active. */
async function findUsableLink(secret: string, now: Date) {
  return db.oneTimeLink.findFirst({
    where: { tokenHash: hashLinkSecret(secret), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: {
      id: true,
      purpose: true,
      organisationId: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}

/** What the link's page greets: whose link it is and what for, or null when it no longer works. */
export async function describeOneTimeLink(
  secret: string,
  now = clock.now(),
): Promise<{ name: string; email: string; purpose: OneTimeLinkPurpose } | null> {
  if (!isLinkSecret(secret)) return null;
  const link = await findUsableLink(secret, now);
  return link && { name: link.user.name, email: link.user.email, purpose: link.purpose };
}

/**
 * The one thing a link is for: its person sets a password, once. The link is the authorisation
 * (nobody is logged in yet), so it is claimed in the same transaction as the password is stored:
 * two tabs sending the same link store one password. A password the policy refuses leaves the
 * link usable. Sessions from before end, as after any password change.
 */
export async function setPasswordWithLink(
  input: unknown,
  origin: RequestOrigin = {},
  now = clock.now(),
): Promise<Result<{ email: string }>> {
  const parsed = setPasswordWithLinkSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? "");
    const problem = zodMessage(issue);
    return field === "linkSecret" ? refuse(UNUSABLE) : refuse(problem, { [field]: [problem] });
  }
  const { linkSecret, password, passwordRepeat } = parsed.data;
  const link = await findUsableLink(linkSecret, now);
  if (!link) return refuse(UNUSABLE);
  const problem = passwordProblem(password, link.user.email);
  if (problem) return refuse(problem, { password: [problem] });
  if (password !== passwordRepeat)
    return refuse("refusals.password.repeatMismatch", { passwordRepeat: ["refusals.password.repeatMismatch"] });

  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const claimed = await tx.oneTimeLink.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return refuse(UNUSABLE);
    // Whoever saw another link of this person (an invitation in a chat, an older reset mail) must
    // not be able to set the password again: one password set, every link spent.
    await tx.oneTimeLink.deleteMany({ where: { userId: link.user.id, usedAt: null } });
    await tx.user.update({
      where: { id: link.user.id },
      data: { passwordHash, failedLoginCount: 0, lockedUntil: null, sessionsValidFrom: now },
    });
    await recordAudit(
      {
        organisationId: link.organisationId,
        action: link.purpose === "INVITATION" ? "auth.invitation_accepted" : "auth.password_reset",
        access: "WRITE",
        entityType: "User",
        entityId: link.user.id,
        origin,
      },
      tx,
    );
    return ok({ email: link.user.email });
  });
}
