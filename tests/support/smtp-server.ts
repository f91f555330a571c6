// A real SMTP server in the test's own process, so a test sees the mail the app sent as a mail
// server would: over a socket, through nodemailer's transport. Plain SMTP on localhost, any login
// accepted, every message kept.
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** An attachment as the test reads it: its name, its type and its content as UTF-8 text. */
type ReceivedAttachment = { filename: string; contentType: string; text: string };
export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  attachments: ReceivedAttachment[];
};

export type TestSmtpServer = {
  /** The SMTP_URL that reaches this server. */
  url: string;
  received: ReceivedMail[];
  /** The first mail (from now on, or already received) that matches, or a failure after the timeout. */
  waitForMail: (matches?: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  stop: () => Promise<void>;
};

/**
 * Listens on `port` (0: one the system picks). With `saveTo` each mail is also written there as a
 * JSON file, for a reader in another process (the end-to-end specs, beside the runner's server).
 */
export async function startSmtpServer(options: { port?: number; saveTo?: string } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const listeners = new Set<() => void>();
  if (options.saveTo) mkdirSync(options.saveTo, { recursive: true });

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData: (stream, session, callback) => {
      simpleParser(stream).then(
        (parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            attachments: parsed.attachments.map((attachment) => ({
              filename: attachment.filename ?? "",
              contentType: attachment.contentType,
              text: attachment.content.toString("utf8"),
            })),
          };
          received.push(mail);
          if (options.saveTo)
            writeFileSync(path.join(options.saveTo, `${Date.now()}-${received.length}.json`), JSON.stringify(mail));
          for (const listener of listeners) listener();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const waitForMail = (matches: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 10_000) =>
    new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const found = received.find(matches);
        if (!found) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no matching mail within ${timeoutMs} ms (${received.length} received)`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitForMail,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
