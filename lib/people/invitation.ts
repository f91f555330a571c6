import "server-only";
import { createTranslator } from "next-intl";
import { appUrl } from "@/lib/app-url";
import { LINK_VALIDITY_MS, oneTimeLinkUrl } from "@/lib/auth/one-time-link";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import dutchTexts from "@/messages/nl/people.json";
import { logError } from "@/lib/log-error";

export type Invitation = {
  /** The link, for the admin to copy and pass on: shown once, stored nowhere. */
  url: string;
  /** Whether it also went out by mail; false without SMTP_URL or when the mail server refused. */
  mailed: boolean;
};

/**
 * The link and, when mail is on, the mail with it. A new colleague has chosen no language yet,
 * so the mail is Dutch. A mail server that refuses does not undo the invitation: the admin still
 * has the link to pass on.
 */
export async function deliverInvitation(
  person: { name: string; email: string; organisationName: string; invitedBy: string },
  secret: string,
): Promise<Invitation> {
  const url = oneTimeLinkUrl(secret, appUrl());
  if (!mailConfigured()) return { url, mailed: false };
  const t = createTranslator({ locale: "nl", messages: dutchTexts, namespace: "people.mail" });
  try {
    await sendMail({
      to: person.email,
      subject: t("subject", { organisation: person.organisationName }),
      text: t("body", {
        name: person.name,
        invitedBy: person.invitedBy,
        organisation: person.organisationName,
        url,
        days: LINK_VALIDITY_MS.INVITATION / 86_400_000,
        email: person.email,
      }),
    });
    return { url, mailed: true };
  } catch (error) {
    logError("[people.invitation] mail not sent", error);
    return { url, mailed: false };
  }
}
