import "server-only";
import nodemailer from "nodemailer";

// One setting turns mail on: SMTP_URL (smtp://user:password@host:587, or smtps://… for TLS from
// the first byte), the form nodemailer reads itself. Without it the app sends nothing and says so
// where a person would otherwise wait for a mail (the forgotten-password page).

const DEFAULT_FROM = "Spreekuur <noreply@localhost>";

export function mailConfigured(): boolean {
  return !!process.env.SMTP_URL?.trim();
}

type Attachment = { filename: string; content: string; contentType: string };

/**
 * Sends one plain-text mail, or throws when the mail server refuses it or cannot be reached. A
 * transport per mail: mail is rare here (a forgotten password, a booking), and the settings are
 * read anew.
 */
export async function sendMail(mail: {
  to: string;
  subject: string;
  text: string;
  attachments?: Attachment[];
}): Promise<void> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) throw new Error("SMTP_URL is not set: no mail can be sent.");
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: process.env.MAIL_FROM?.trim() || DEFAULT_FROM, ...mail });
  } finally {
    transport.close();
  }
}
