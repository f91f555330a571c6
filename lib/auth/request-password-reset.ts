import "server-only";
import { createTranslator } from "next-intl";
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { zodMessage } from "@/lib/i18n/message-key";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import { ok, refuse, type Result } from "@/lib/result";
import { z } from "@/lib/zod";
import englishTexts from "@/messages/en/password-reset.json";
import dutchTexts from "@/messages/nl/password-reset.json";
import { appUrl } from "@/lib/app-url";
import { hashLinkSecret, issueOneTimeLink, LINK_VALIDITY_MS, oneTimeLinkUrl } from "./one-time-link";
import { loginSchema } from "./schema";
import { logError } from "@/lib/log-error";

/** One mail per person in this time, however often the form is sent: the form cannot flood an inbox. */
export const RESET_MAIL_INTERVAL_MS = 5 * 60_000;

const VALIDITY_MS = LINK_VALIDITY_MS.PASSWORD_RESET;

const requestPasswordResetSchema = z.object(
  { email: loginSchema.shape.email },
  { error: "refusals.auth.emailRequired" },
);

type Recipient = { name: string; email: string; preferredLocale: string };

/** The mail in the person's own language: English when they chose it, else Dutch. */
function resetMail(recipient: Recipient, url: string) {
  const texts = recipient.preferredLocale === "en" ? englishTexts : dutchTexts;
  const t = createTranslator({
    locale: recipient.preferredLocale === "en" ? "en" : "nl",
    messages: texts,
    namespace: "passwordReset.mail",
  });
  return {
    to: recipient.email,
    subject: t("subject"),
    text: t("body", { name: recipient.name, url, hours: VALIDITY_MS / 3_600_000 }),
  };
}

/**
 * A link nobody received must not hold back the next request for five minutes: when the mail
 * does not go out, the link goes too.
 */
async function mailResetLink(recipient: Recipient, secret: string, baseUrl: string): Promise<void> {
  try {
    await sendMail(resetMail(recipient, oneTimeLinkUrl(secret, baseUrl)));
  } catch (error) {
    await db.oneTimeLink.deleteMany({ where: { tokenHash: hashLinkSecret(secret), usedAt: null } });
    throw error;
  }
}

/**
 * The forgotten-password form: mails a PASSWORD_RESET link to an active account with this address.
 * Whether there is one is never told, not in the answer and not in its time: the answer is the
 * same ok, and the mail is sent after it, not awaited. A second request within five minutes of a
 * link still unused mails nothing. Without mail there is nothing to send a link with: refused,
 * and the page shows no form.
 */
export async function requestPasswordReset(
  input: unknown,
  origin: RequestOrigin = {},
  now = clock.now(),
): Promise<Result> {
  if (!mailConfigured()) return refuse("refusals.passwordReset.mailOff");
  const parsed = requestPasswordResetSchema.safeParse(input);
  if (!parsed.success) {
    const problem = zodMessage(parsed.error.issues[0]);
    return refuse(problem, { email: [problem] });
  }
  const baseUrl = appUrl();

  const issued = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: parsed.data.email },
      select: { id: true, organisationId: true, name: true, email: true, preferredLocale: true, active: true },
    });
    if (!user?.active) return null;
    // Two requests at once would both find no recent link: the second waits for the first here.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id} FOR UPDATE`;
    // A link's age is read from its expiry, set from the same `now` as this check; a link an admin
    // made (issuedById) may live longer and does not count.
    const recent = await tx.oneTimeLink.count({
      where: {
        userId: user.id,
        purpose: "PASSWORD_RESET",
        issuedById: null,
        usedAt: null,
        expiresAt: { gt: new Date(now.getTime() + VALIDITY_MS - RESET_MAIL_INTERVAL_MS) },
      },
    });
    if (recent > 0) return null;
    const { secret } = await issueOneTimeLink(
      tx,
      { organisationId: user.organisationId, userId: user.id, purpose: "PASSWORD_RESET" },
      now,
    );
    await recordAudit(
      {
        organisationId: user.organisationId,
        action: "auth.password_reset_requested",
        access: "WRITE",
        entityType: "User",
        entityId: user.id,
        origin,
      },
      tx,
    );
    return { recipient: user, secret };
  });
  if (issued)
    void mailResetLink(issued.recipient, issued.secret, baseUrl).catch((error: unknown) =>
      logError("[auth.password_reset] the reset mail was not sent", error),
    );
  return ok();
}
