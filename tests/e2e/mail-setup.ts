import { rmSync } from "node:fs";
import { startSmtpServer } from "../support/smtp-server";
import { MAIL_DIR, SMTP_PORT } from "./servers";

/** The mail server of the run: it keeps every mail in MAIL_DIR (read by mail.ts) and stops at the end. */
export default async function startMailServer() {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  const server = await startSmtpServer({ port: SMTP_PORT, saveTo: MAIL_DIR });
  return () => server.stop();
}
