import { formatLongDate } from "@/lib/dates";
import { sendMail } from "@/lib/mail/send-mail";
import { partnerReferralTranslator } from "./texts";

/**
 * The advisor's feedback to the worker who referred the client through a partner's link: plain
 * text, in Dutch. It names no client: the desk may have completed the name the worker typed, and
 * the worker knows their own referral by the day of the appointment and the link they used. Throws
 * when the mail could not be handed over; never logs its content or its recipient.
 */
export async function sendReferrerFeedback(feedback: {
  to: string;
  referrerName: string | null;
  linkLabel: string | null;
  visitDay: Date;
  text: string;
}): Promise<void> {
  const t = partnerReferralTranslator();
  const date = formatLongDate(feedback.visitDay, "nl");
  const lines = [
    t("feedbackMail.greeting", { name: feedback.referrerName ?? "" }),
    "",
    feedback.linkLabel
      ? t("feedbackMail.aboutLink", { date, link: feedback.linkLabel })
      : t("feedbackMail.about", { date }),
    "",
    feedback.text,
    "",
    t("feedbackMail.consent"),
    "",
    t("feedbackMail.closing"),
  ];
  await sendMail({ to: feedback.to, subject: t("feedbackMail.subject"), text: lines.join("\n") });
}
