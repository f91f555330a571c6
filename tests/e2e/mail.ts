import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ReceivedMail } from "../support/smtp-server";
import { MAIL_DIR } from "./servers";

/** Every mail the run's SMTP server received to this address so far (mail-setup.ts). */
export function mailsTo(address: string): ReceivedMail[] {
  if (!existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(MAIL_DIR, file), "utf8")) as ReceivedMail)
    .filter((mail) => mail.to.includes(address));
}
