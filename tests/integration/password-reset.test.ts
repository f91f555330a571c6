import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/login";
import { LINK_VALIDITY_MS } from "@/lib/auth/one-time-link";
import { requestPasswordReset, RESET_MAIL_INTERVAL_MS } from "@/lib/auth/request-password-reset";
import { setPasswordWithLink } from "@/lib/auth/set-password-with-link";
import { db } from "@/lib/db";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/factories";
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

const APP_URL = "http://spreekuur.test";
const NEW_PASSWORD = "fiets in de regen naar huis";
const SAME_ANSWER = { ok: true, value: undefined };
const LINK = new RegExp(`${APP_URL}/wachtwoord/([A-Za-z0-9_-]{43})`);
/** How long a mail that should not come is waited for: the mail goes out after the answer. */
const QUIET_MS = 1_000;

let smtp: TestSmtpServer;
let user: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = APP_URL;
});
afterAll(() => smtp.stop());

beforeEach(async () => {
  process.env.SMTP_URL = smtp.url;
  smtp.received.length = 0;
  const { organisation } = await createOrganisation();
  user = await createUser(organisation.id, "ADVISOR");
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

const mailTo = (email: string) => smtp.waitForMail((mail) => mail.to.includes(email));
const secretIn = (mail: ReceivedMail) => LINK.exec(mail.text)?.[1] ?? "";
const quiet = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS));
const resetLinks = (userId = user.id) => db.oneTimeLink.findMany({ where: { userId, purpose: "PASSWORD_RESET" } });
const requestedAudits = () =>
  db.auditEvent.count({ where: { action: "auth.password_reset_requested", entityId: user.id } });
const setPassword = (secret: string, now?: Date) =>
  setPasswordWithLink({ linkSecret: secret, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD }, {}, now);

describe("a forgotten password, with mail", () => {
  it("mails one link to the address, in Dutch; the link sets the password once, and the login works with it", async () => {
    const now = new Date();
    expect(
      await requestPasswordReset({ email: ` ${user.email.toUpperCase()} ` }, { ipAddress: "10.0.0.7" }, now),
    ).toEqual(SAME_ANSWER);
    const mail = await mailTo(user.email);
    expect(mail.subject).toBe("Een nieuw wachtwoord voor Spreekuur");
    expect(mail.from).toBe("noreply@localhost");
    expect(mail.text).toContain(`Hallo ${user.name},`);
    expect(mail.text).toContain("De link werkt 2 uur lang, en maar één keer.");
    const secret = secretIn(mail);
    expect(secret).not.toBe("");

    // Stored hashed: the secret of the mail is in no column of its row.
    const [link] = await resetLinks();
    expect(JSON.stringify(link)).not.toContain(secret);
    expect(link).toMatchObject({ issuedById: null, usedAt: null });
    expect(link.expiresAt).toEqual(new Date(now.getTime() + LINK_VALIDITY_MS.PASSWORD_RESET));
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.password_reset_requested" } });
    expect(event).toMatchObject({ organisationId: user.organisationId, entityId: user.id, ipAddress: "10.0.0.7" });

    expect(await setPassword(secret)).toEqual({ ok: true, value: { email: user.email } });
    expect(await authenticateWithPassword({ email: user.email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ ok: false });

    expect(await setPassword(secret)).toEqual({ ok: false, error: "refusals.oneTimeLink.unusable" });
    await quiet();
    expect(smtp.received).toHaveLength(1);
  });

  it("writes in English to someone who chose English", async () => {
    await db.user.update({ where: { id: user.id }, data: { preferredLocale: "en" } });
    await requestPasswordReset({ email: user.email });
    const mail = await mailTo(user.email);
    expect(mail.subject).toBe("A new password for Spreekuur");
    expect(mail.text).toContain("The link works for 2 hours, and only once.");
    expect(secretIn(mail)).not.toBe("");
  });

  it("sends from MAIL_FROM when it is set", async () => {
    process.env.MAIL_FROM = "Bibliotheek Teststad <spreekuur@bieb.test>";
    try {
      await requestPasswordReset({ email: user.email });
      expect((await mailTo(user.email)).from).toBe("spreekuur@bieb.test");
    } finally {
      delete process.env.MAIL_FROM;
    }
  });

  it("has a link that stops working when it expires", async () => {
    const now = new Date();
    await requestPasswordReset({ email: user.email }, {}, now);
    const secret = secretIn(await mailTo(user.email));
    const expired = new Date(now.getTime() + LINK_VALIDITY_MS.PASSWORD_RESET + 1_000);
    expect(await setPassword(secret, expired)).toEqual({ ok: false, error: "refusals.oneTimeLink.unusable" });
    expect(await authenticateWithPassword({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  it("answers an unknown or inactive address the same, and mails and stores nothing", async () => {
    const inactive = await createUser(user.organisationId, "HOST", { active: false });
    const before = { links: await db.oneTimeLink.count(), audit: await db.auditEvent.count() };
    expect(await requestPasswordReset({ email: "niemand@test.example" })).toEqual(SAME_ANSWER);
    expect(await requestPasswordReset({ email: inactive.email })).toEqual(SAME_ANSWER);
    expect({ links: await db.oneTimeLink.count(), audit: await db.auditEvent.count() }).toEqual(before);
    await quiet();
    expect(smtp.received).toEqual([]);
  });

  it("mails once in five minutes, however often it is asked, with the same answer", async () => {
    const now = new Date();
    const later = (ms: number) => new Date(now.getTime() + ms);
    await requestPasswordReset({ email: user.email }, {}, now);
    const first = secretIn(await mailTo(user.email));
    expect(await requestPasswordReset({ email: user.email }, {}, later(60_000))).toEqual(SAME_ANSWER);
    expect(await requestPasswordReset({ email: user.email }, {}, later(RESET_MAIL_INTERVAL_MS - 1_000))).toEqual(
      SAME_ANSWER,
    );
    await quiet();
    expect(smtp.received).toHaveLength(1);
    expect(await resetLinks()).toHaveLength(1);
    expect(await requestedAudits()).toBe(1);

    // After five minutes a new mail comes; only its link works.
    expect(await requestPasswordReset({ email: user.email }, {}, later(RESET_MAIL_INTERVAL_MS + 1_000))).toEqual(
      SAME_ANSWER,
    );
    const second = secretIn(await smtp.waitForMail((mail) => secretIn(mail) !== first));
    const at = later(RESET_MAIL_INTERVAL_MS + 2_000);
    expect(await setPassword(first, at)).toEqual({ ok: false, error: "refusals.oneTimeLink.unusable" });
    expect(await setPassword(second, at)).toMatchObject({ ok: true });
  });

  it("sends two requests at the same moment one mail", async () => {
    const now = new Date();
    const answers = await Promise.all([1, 2, 3].map(() => requestPasswordReset({ email: user.email }, {}, now)));
    expect(answers).toEqual([SAME_ANSWER, SAME_ANSWER, SAME_ANSWER]);
    await mailTo(user.email);
    await quiet();
    expect(smtp.received).toHaveLength(1);
    expect(await resetLinks()).toHaveLength(1);
  });

  it.each([
    ["nothing", {}, "refusals.auth.emailRequired"],
    ["an empty address", { email: "  " }, "refusals.auth.emailRequired"],
    ["no e-mail address", { email: "jan bij de bieb" }, "refusals.auth.emailInvalid"],
    ["no text", { email: ["a@b.nl"] }, "refusals.auth.emailRequired"],
    ["no object", "a@b.nl", "refusals.auth.emailRequired"],
  ])("refuses %s with a message at the field, and writes nothing", async (_what, input, key) => {
    const before = { links: await db.oneTimeLink.count(), audit: await db.auditEvent.count() };
    expect(await requestPasswordReset(input)).toEqual({ ok: false, error: key, fieldErrors: { email: [key] } });
    expect({ links: await db.oneTimeLink.count(), audit: await db.auditEvent.count() }).toEqual(before);
  });

  it("drops the link when the mail server cannot be reached, so asking again need not wait five minutes", async () => {
    const stopped = await startSmtpServer();
    await stopped.stop();
    process.env.SMTP_URL = stopped.url;
    expect(await requestPasswordReset({ email: user.email })).toEqual(SAME_ANSWER);
    await expect.poll(() => resetLinks(), { timeout: 15_000 }).toEqual([]);

    process.env.SMTP_URL = smtp.url;
    await requestPasswordReset({ email: user.email });
    expect(secretIn(await mailTo(user.email))).not.toBe("");
  });
});

describe("a forgotten password, without mail", () => {
  it("is refused: nothing is stored and nothing is sent", async () => {
    delete process.env.SMTP_URL;
    expect(await requestPasswordReset({ email: user.email })).toEqual({
      ok: false,
      error: "refusals.passwordReset.mailOff",
    });
    expect(await resetLinks()).toEqual([]);
    expect(await requestedAudits()).toBe(0);
    await quiet();
    expect(smtp.received).toEqual([]);
  });
});
